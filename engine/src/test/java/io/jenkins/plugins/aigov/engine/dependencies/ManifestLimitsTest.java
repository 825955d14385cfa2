package io.jenkins.plugins.aigov.engine.dependencies;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ManifestLimitsTest {
    @Test
    void shouldRefuseFilesOverTenMebibytes() {
        byte[] big = new byte[Manifests.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');

        ManifestParseResult result = Manifests.parse("requirements.txt", big);

        assertThat(result.dependencies()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.where()).isEqualTo("requirements.txt");
            assertThat(problem.message()).contains("larger than 10 MiB");
        });
    }

    @Test
    void shouldReadAFileOfExactlyTheLimit() {
        byte[] content = new byte[Manifests.MAX_BYTES];
        Arrays.fill(content, (byte) '\n');
        byte[] line = "flask==3.0.3".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(line, 0, content, 0, line.length);

        ManifestParseResult result = Manifests.parse("requirements.txt", content);

        assertThat(result.dependencies()).extracting(Dependency::name).containsExactly("flask");
    }

    @Test
    void shouldRefuseBinaryContent() {
        byte[] content = "{\"dependencies\": {\"a\": \"1\"}}\u0000".getBytes(StandardCharsets.UTF_8);

        ManifestParseResult result = Manifests.parse("package.json", content);

        assertThat(result.dependencies()).isEmpty();
        assertThat(result.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("binary content"));
    }

    @Test
    void shouldSkipOverlongLinesAndKeepLineNumbers() {
        String text = "flask==3.0.3\n" + "x".repeat(70_000) + "\nrequests==2.31.0\n";

        ManifestParseResult result = Manifests.parse("requirements.txt", text.getBytes(StandardCharsets.UTF_8));

        assertThat(Fixtures.describe(result)).containsExactly(
                "requirements.txt:1 DIRECT flask ==3.0.3 null registry",
                "requirements.txt:3 DIRECT requests ==2.31.0 null registry",
                "problem requirements.txt:2");
    }

    @Test
    void shouldHandleCrLfAndABom() {
        String text = "\uFEFFmodule m\r\n\r\nrequire (\r\n\texample.com/a v1.2.3\r\n)\r\n";

        ManifestParseResult result = Manifests.parse("go.mod", text.getBytes(StandardCharsets.UTF_8));

        assertThat(Fixtures.describe(result)).containsExactly("go.mod:4 DIRECT example.com/a v1.2.3 null registry");
    }

    @Test
    void shouldRecogniseManifestsByName() {
        assertThat(Manifests.isManifest("pom.xml")).isTrue();
        assertThat(Manifests.isManifest("services/api/build.gradle.kts")).isTrue();
        assertThat(Manifests.isManifest("gradle/libs.versions.toml")).isTrue();
        assertThat(Manifests.isManifest("web/package-lock.json")).isTrue();
        assertThat(Manifests.isManifest("requirements-dev.txt")).isTrue();
        assertThat(Manifests.isManifest("requirements/prod.txt")).isTrue();
        assertThat(Manifests.isManifest("Pipfile")).isTrue();
        assertThat(Manifests.isManifest("crates/x/Cargo.toml")).isTrue();
        assertThat(Manifests.isManifest("README.md")).isFalse();
        assertThat(Manifests.isManifest("notes.txt")).isFalse();
        assertThat(Manifests.isManifest("config/libs.versions.toml")).isFalse();
    }

    @Test
    void shouldReportFilesThatAreNotManifests() {
        ManifestParseResult result = Manifests.parse("README.md", new byte[0]);

        assertThat(result.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("not a manifest"));
    }

    @Test
    void shouldParseEmptyManifestsWithoutProblems() {
        for (String path : new String[] {"go.mod", "Cargo.toml", "pyproject.toml", "yarn.lock", "pnpm-lock.yaml",
            "build.gradle", "requirements.txt"}) {
            assertThat(Manifests.parse(path, new byte[0]).isClean()).as(path).isTrue();
        }
    }
}
