package io.jenkins.plugins.aigov.engine.bom;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.jenkins.plugins.aigov.engine.dependencies.Dependency;
import io.jenkins.plugins.aigov.engine.dependencies.DependencyKind;
import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

class PurlsTest {
    @ParameterizedTest
    @CsvSource({
            "MAVEN, org.apache.commons:commons-lang3, 3.17.0, pkg:maven/org.apache.commons/commons-lang3@3.17.0",
            "NPM, @Scope/Name, 1.0.0, pkg:npm/%40scope/name@1.0.0",
            "NPM, lodash, 4.17.21, pkg:npm/lodash@4.17.21",
            "PYPI, Zope.Interface, 6.0, pkg:pypi/zope-interface@6.0",
            "GO, github.com/Azure/go-autorest, v14.2.0+incompatible,"
                    + " pkg:golang/github.com/azure/go-autorest@v14.2.0%2Bincompatible",
            "CARGO, serde_json, 1.0.120, pkg:cargo/serde_json@1.0.120"})
    void shouldBuildThePurlOfEachEcosystem(final Ecosystem ecosystem, final String name, final String version,
            final String purl) {
        assertThat(Purls.of(ecosystem, name, version)).isEqualTo(purl);
    }

    @Test
    void shouldLeaveOutAMissingVersionAndRefuseAMavenNameWithoutGroup() {
        assertThat(Purls.of(Ecosystem.NPM, "@types/node", null)).isEqualTo("pkg:npm/%40types/node");
        assertThat(Purls.of(Ecosystem.MAVEN, "commons-lang3", "1")).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "MAVEN, DIRECT, 1.2.3, 1.2.3",
            "MAVEN, DIRECT, '[1.0,2.0)', ",
            "MAVEN, DIRECT, '${lib.version}', ",
            "NPM, DIRECT, ^1.2.3, ",
            "NPM, DIRECT, ~1.2.3, ",
            "NPM, DIRECT, 1.2.3, 1.2.3",
            "NPM, DIRECT, 'v2.0.0-rc.1', 2.0.0-rc.1",
            "NPM, DIRECT, latest, ",
            "NPM, LOCKED, 1.2.3, 1.2.3",
            "PYPI, DIRECT, ==2.31.0, 2.31.0",
            "PYPI, DIRECT, '>=2.0,<3', ",
            "PYPI, DIRECT, ==2.*, ",
            "GO, DIRECT, v1.9.1, v1.9.1",
            "CARGO, DIRECT, 1.0, ",
            "CARGO, DIRECT, =0.8.5, 0.8.5",
            "CARGO, TRANSITIVE_LOCKED, 0.8.5, 0.8.5"})
    void shouldTellExactVersionsFromRanges(final Ecosystem ecosystem, final DependencyKind kind,
            final String declared, final String exact) {
        Dependency dependency = Dependency.of(ecosystem, "x:y", declared, null, "m", 1, kind, true, List.of());

        assertThat(DeclaredVersions.exact(dependency)).isEqualTo(exact);
    }
}
