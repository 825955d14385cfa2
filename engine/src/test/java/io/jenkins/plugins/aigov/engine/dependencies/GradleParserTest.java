package io.jenkins.plugins.aigov.engine.dependencies;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.jenkins.plugins.aigov.engine.dependencies.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

class GradleParserTest {
    private static Map<String, ManifestParseResult> kotlinProject() {
        return Manifests.parseAll(Map.of(
                "app/build.gradle.kts", Fixtures.bytes("valid-build.gradle.kts"),
                "gradle/libs.versions.toml", Fixtures.bytes("valid-libs.versions.toml")));
    }

    @Test
    void shouldResolveVersionCatalogReferencesOfAKotlinBuild() {
        ManifestParseResult result = kotlinProject().get("app/build.gradle.kts");

        Fixtures.assertMatches(result, "expected-build.gradle.kts.txt");
        Dependency logback = at(result, 27);
        assertThat(logback.name()).isEqualTo("ch.qos.logback:logback-classic");
        assertThat(logback.notes()).anyMatch(note -> note.contains("gradle/libs.versions.toml:14"));
    }

    @Test
    void shouldTreatPlatformsAsBomImportsAndExpandBundles() {
        ManifestParseResult result = kotlinProject().get("app/build.gradle.kts");

        assertThat(at(result, 18).kind()).isEqualTo(DependencyKind.BOM_IMPORT);
        assertThat(result.dependencies()).filteredOn(d -> d.line() == 20)
                .extracting(Dependency::name)
                .containsExactly("io.ktor:ktor-server-core", "io.ktor:ktor-server-netty");
    }

    @Test
    void shouldSkipCommentsAndReportUnknownCatalogAliases() {
        ManifestParseResult result = kotlinProject().get("app/build.gradle.kts");

        assertThat(result.dependencies()).extracting(Dependency::name)
                .noneMatch(name -> name.contains("commented"));
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.where()).isEqualTo("app/build.gradle.kts:33");
            assertThat(problem.message()).contains("libs.made.up.library");
        });
    }

    @Test
    void shouldReportCatalogReferencesWhenTheCatalogIsNotGiven() {
        ManifestParseResult result = Manifests.parse("build.gradle.kts", Fixtures.bytes("valid-build.gradle.kts"));

        assertThat(result.problems()).extracting(p -> p.where()).contains("build.gradle.kts:18",
                "build.gradle.kts:19", "build.gradle.kts:5");
        assertThat(at(result, 28).name()).isEqualTo("org.postgresql:postgresql");
    }

    @Test
    void shouldReadTheCatalogItself() {
        ManifestParseResult result = kotlinProject().get("gradle/libs.versions.toml");

        Fixtures.assertMatches(result, "expected-libs.versions.toml.txt");
        assertThat(at(result, 11).version()).as("version.ref to a strictly version").isEqualTo("2.3.10");
        assertThat(at(result, 24).name()).isEqualTo(
                "org.jlleitschuh.gradle.ktlint:org.jlleitschuh.gradle.ktlint.gradle.plugin");
    }

    @Test
    void shouldReadAGroovyBuild() {
        ManifestParseResult result = Manifests.parse("build.gradle", Fixtures.bytes("valid-build.gradle"));

        Fixtures.assertMatches(result, "expected-build.gradle.txt");
        assertThat(at(result, 27).name()).as("map notation").isEqualTo("org.apache.commons:commons-lang3");
        assertThat(at(result, 25).version()).as("${grpcVersion} from ext").isEqualTo("1.63.0");
        assertThat(at(result, 6).kind()).as("buildscript classpath").isEqualTo(DependencyKind.PLUGIN);
        assertThat(at(result, 34).notes()).anyMatch(note -> note.startsWith("unresolved variable"));
    }

    @Test
    void shouldStayFastOnAdversarialLines() {
        String line = "implementation" + " ".repeat(60_000) + "x\n";
        String text = line.repeat(20) + "implementation(\"" + "a:".repeat(20_000) + "\n";

        long start = System.nanoTime();
        ManifestParseResult result = Manifests.parse("build.gradle.kts", text.getBytes(StandardCharsets.UTF_8));

        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3_000);
        assertThat(result.dependencies()).isEmpty();
    }
}
