package io.jenkins.plugins.aigov.engine.dependencies;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.jenkins.plugins.aigov.engine.dependencies.Fixtures.at;
import static io.jenkins.plugins.aigov.engine.dependencies.Fixtures.named;
import static org.assertj.core.api.Assertions.assertThat;

class PythonManifestsTest {
    private static byte[] utf8(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, ManifestParseResult> requirementsProject() {
        return Manifests.parseAll(Map.of(
                "svc/requirements.txt", Fixtures.bytes("valid-requirements.txt"),
                "svc/requirements/base.txt", Fixtures.bytes("valid-requirements-base.txt"),
                "svc/constraints.txt", Fixtures.bytes("valid-constraints.txt")));
    }

    @Test
    void shouldReadRequirementsWithIncludesConstraintsAndMarkers() {
        ManifestParseResult result = requirementsProject().get("svc/requirements.txt");

        Fixtures.assertMatches(result, "expected-requirements.txt");
        assertThat(named(result, "pyyaml").notes()).contains("included by svc/requirements.txt:3");
        assertThat(named(result, "urllib3").kind()).isEqualTo(DependencyKind.MANAGED);
        assertThat(at(result, 11).notes()).contains("marker python_version < \"3.12\"");
        assertThat(at(result, 8).notes()).contains("extras [redis,sqs]");
    }

    @Test
    void shouldJoinContinuationLinesAndIgnoreHashes() {
        Dependency requests = at(requirementsProject().get("svc/requirements.txt"), 12);

        assertThat(requests.name()).isEqualTo("requests");
        assertThat(requests.version()).isEqualTo("==2.31.0");
    }

    @Test
    void shouldFlagEditableUrlAndPathRequirementsAsNotFromTheRegistry() {
        ManifestParseResult result = requirementsProject().get("svc/requirements.txt");

        assertThat(at(result, 15).name()).isEqualTo("acme-metrics-sdk");
        assertThat(at(result, 16).name()).isEqualTo("internal-tools");
        assertThat(at(result, 17).name()).isEqualTo("legacy_parser");
        assertThat(result.dependencies()).filteredOn(d -> d.line() >= 15 && d.manifest().endsWith("requirements.txt"))
                .allMatch(d -> !d.registry());
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.where()).isEqualTo("svc/requirements.txt:19");
            assertThat(problem.message()).contains("not a valid requirement");
        });
    }

    @Test
    void shouldReportIncludesThatWereNotGiven() {
        ManifestParseResult result = Manifests.parse("svc/requirements.txt", Fixtures.bytes("valid-requirements.txt"));

        assertThat(result.problems()).extracting(p -> p.where())
                .containsExactly("svc/requirements.txt:3", "svc/requirements.txt:4", "svc/requirements.txt:19");
        assertThat(result.dependencies()).noneMatch(d -> d.normalisedName().equals("numpy"));
    }

    @Test
    void shouldBreakIncludeCycles() {
        Map<String, ManifestParseResult> results = Manifests.parseAll(Map.of(
                "requirements.txt", utf8("flask==3.0.3\n-r requirements-dev.txt\n"),
                "requirements-dev.txt", utf8("pytest==8.2.1\n--requirement requirements.txt\n")));

        ManifestParseResult main = results.get("requirements.txt");
        assertThat(Fixtures.describe(main)).containsExactly(
                "requirements.txt:1 DIRECT flask ==3.0.3 null registry",
                "requirements-dev.txt:1 DIRECT pytest ==8.2.1 null registry",
                "problem requirements-dev.txt:2");
        assertThat(main.problems().get(0).message())
                .contains("include cycle requirements.txt -> requirements-dev.txt -> requirements.txt");
        assertThat(results.get("requirements-dev.txt").problems()).hasSize(1);
    }

    @Test
    void shouldReadPep621Pyproject() {
        ManifestParseResult result = Manifests.parse("pyproject.toml", Fixtures.bytes("valid-pyproject-pep621.toml"));

        Fixtures.assertMatches(result, "expected-pyproject-pep621.txt");
        assertThat(at(result, 15).notes()).anyMatch(note -> note.startsWith("direct reference git+"));
        assertThat(at(result, 12).notes()).contains("extras [email]");
    }

    @Test
    void shouldReadPoetryPyprojectWithoutThePythonEntry() {
        ManifestParseResult result = Manifests.parse("pyproject.toml", Fixtures.bytes("valid-pyproject-poetry.toml"));

        Fixtures.assertMatches(result, "expected-pyproject-poetry.txt");
        assertThat(result.dependencies()).noneMatch(d -> d.name().equals("python"));
        assertThat(at(result, 12).notes()).anyMatch(note -> note.startsWith("path ../acme-common"));
    }

    @Test
    void shouldReadPipfile() {
        ManifestParseResult result = Manifests.parse("Pipfile", Fixtures.bytes("valid-Pipfile"));

        Fixtures.assertMatches(result, "expected-Pipfile.txt");
        assertThat(at(result, 9).notes()).contains("extras [flask]");
    }

    @Test
    void shouldReportMalformedTomlWithItsLine() {
        ManifestParseResult result = Manifests.parse("pyproject.toml", Fixtures.bytes("invalid-pyproject.toml"));

        assertThat(result.dependencies()).extracting(Dependency::name).containsExactly("requests");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.where()).isEqualTo("pyproject.toml:8");
            assertThat(problem.message()).startsWith("malformed TOML");
        });
    }
}
