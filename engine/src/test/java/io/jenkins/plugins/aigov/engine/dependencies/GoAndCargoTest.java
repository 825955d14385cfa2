package io.jenkins.plugins.aigov.engine.dependencies;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static io.jenkins.plugins.aigov.engine.dependencies.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

class GoAndCargoTest {
    @Test
    void shouldReadGoModRequiresAndReplaces() {
        ManifestParseResult result = Manifests.parse("go.mod", Fixtures.bytes("valid-go.mod"));

        Fixtures.assertMatches(result, "expected-go.mod.txt");
        assertThat(at(result, 12).notes()).containsExactly("indirect");
        assertThat(at(result, 11).notes()).containsExactly("replaced by ../shared (go.mod:18)");
        assertThat(at(result, 20).notes()).containsExactly("replacement for golang.org/x/net");
        assertThat(result.dependencies()).noneMatch(d -> d.version() != null && d.version().equals("v1.9.0")
                && d.name().endsWith("gin"));
    }

    @Test
    void shouldReadQuotedGoModulePathsAndReportBadRequires() {
        String goMod = "module m\n\nrequire \"example.com/quoted\" v1.0.0\nrequire example.com/alone\n";

        ManifestParseResult result = Manifests.parse("go.mod", goMod.getBytes(StandardCharsets.UTF_8));

        assertThat(Fixtures.describe(result)).containsExactly("go.mod:3 DIRECT example.com/quoted v1.0.0 null registry",
                "problem go.mod:4");
    }

    @Test
    void shouldReadACargoWorkspace() {
        ManifestParseResult result = Manifests.parse("Cargo.toml", Fixtures.bytes("valid-Cargo.toml"));

        Fixtures.assertMatches(result, "expected-Cargo.toml.txt");
        Dependency renamed = at(result, 19);
        assertThat(renamed.name()).isEqualTo("http-body-util");
        assertThat(renamed.notes()).contains("renamed: http_body_util is crate http-body-util");
        assertThat(at(result, 15).notes()).contains("from [workspace.dependencies] line 6");
        assertThat(at(result, 34).notes()).contains("target cfg(unix)");
    }

    @Test
    void shouldReportMalformedCargoToml() {
        String cargo = "[package]\nname = \"x\"\n\n[dependencies]\nserde = \"1\"\ntokio = { version = \"1\"\n";

        ManifestParseResult result = Manifests.parse("Cargo.toml", cargo.getBytes(StandardCharsets.UTF_8));

        assertThat(result.dependencies()).extracting(Dependency::name).containsExactly("serde");
        assertThat(result.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.where()).isEqualTo("Cargo.toml:6"));
    }
}
