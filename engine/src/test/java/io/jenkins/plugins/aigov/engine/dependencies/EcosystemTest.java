package io.jenkins.plugins.aigov.engine.dependencies;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EcosystemTest {
    @Test
    void shouldNormalisePythonNamesByPep503() {
        assertThat(Ecosystem.PYPI.normalise("Flask_SQLAlchemy")).isEqualTo("flask-sqlalchemy");
        assertThat(Ecosystem.PYPI.normalise("zope.interface")).isEqualTo("zope-interface");
        assertThat(Ecosystem.PYPI.normalise("Foo-._Bar")).isEqualTo("foo-bar");
        assertThat(Ecosystem.PYPI.normalise(" PyYAML ")).isEqualTo("pyyaml");
    }

    @Test
    void shouldLowerCaseNpmNamesAndKeepTheScope() {
        assertThat(Ecosystem.NPM.normalise("@Types/React")).isEqualTo("@types/react");
        assertThat(Ecosystem.NPM.normalise("lodash.merge")).isEqualTo("lodash.merge");
    }

    @Test
    void shouldTreatCargoDashesAndUnderscoresAlike() {
        assertThat(Ecosystem.CARGO.normalise("Http_Body_Util")).isEqualTo(Ecosystem.CARGO.normalise("http-body-util"));
    }

    @Test
    void shouldKeepMavenAndGoNamesAsWritten() {
        assertThat(Ecosystem.MAVEN.normalise("com.Example:My-Lib")).isEqualTo("com.Example:My-Lib");
        assertThat(Ecosystem.GO.normalise("github.com/Azure/azure-sdk-for-go"))
                .isEqualTo("github.com/Azure/azure-sdk-for-go");
        assertThat(Ecosystem.GO.purlType()).isEqualTo("golang");
    }

    @Test
    void shouldComputeTheNormalisedNameOfADependency() {
        Dependency dependency = Dependency.of(Ecosystem.PYPI, "Django_Rest.Framework", "3", null, "r.txt", 1,
                DependencyKind.DIRECT, true, null);

        assertThat(dependency.normalisedName()).isEqualTo("django-rest-framework");
        assertThat(dependency.notes()).isEmpty();
        assertThat(dependency.location()).isEqualTo("r.txt:1");
    }
}
