package io.jenkins.plugins.aigov.engine.dependencies;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StandardLibrariesTest {
    @Test
    void shouldKnowPythonStandardModules() {
        assertThat(StandardLibraries.isStandard(Ecosystem.PYPI, "os.path")).isTrue();
        assertThat(StandardLibraries.isStandard(Ecosystem.PYPI, "tomllib")).isTrue();
        assertThat(StandardLibraries.isStandard(Ecosystem.PYPI, "asyncio")).isTrue();
        assertThat(StandardLibraries.isStandard(Ecosystem.PYPI, "distutils")).as("removed in 3.12").isFalse();
        assertThat(StandardLibraries.isStandard(Ecosystem.PYPI, "requests")).isFalse();
    }

    @Test
    void shouldKnowNodeBuiltins() {
        assertThat(StandardLibraries.isStandard(Ecosystem.NPM, "fs")).isTrue();
        assertThat(StandardLibraries.isStandard(Ecosystem.NPM, "fs/promises")).isTrue();
        assertThat(StandardLibraries.isStandard(Ecosystem.NPM, "node:test")).isTrue();
        assertThat(StandardLibraries.isStandard(Ecosystem.NPM, "express")).isFalse();
    }

    @Test
    void shouldKnowGoStandardPackagesByTheirPath() {
        assertThat(StandardLibraries.isStandard(Ecosystem.GO, "net/http")).isTrue();
        assertThat(StandardLibraries.isStandard(Ecosystem.GO, "github.com/gin-gonic/gin")).isFalse();
        assertThat(StandardLibraries.isStandard(Ecosystem.MAVEN, "java.util")).isFalse();
    }

    @Test
    void shouldMapOnlyWellKnownPythonImportNames() {
        assertThat(ImportNames.pythonDistribution("yaml")).isEqualTo("pyyaml");
        assertThat(ImportNames.pythonDistribution("cv2")).isEqualTo("opencv-python");
        assertThat(ImportNames.pythonDistribution("jwt")).isEqualTo("jwt");
        assertThat(ImportNames.isAliased("PIL")).isTrue();
    }
}
