package io.jenkins.plugins.aigov.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.testing.GitFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code aigov provenance} end to end, in process, on real repositories.
 */
class ProvenanceSubcommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static JsonNode readJson(final Path file) throws Exception {
        return JSON.readTree(file.toFile());
    }

    private static List<String> origins(final JsonNode document) {
        List<String> origins = new ArrayList<>();
        document.get("commits").forEach(commit -> origins.add(commit.get("origin").asText()));
        return origins;
    }

    private static String sha256(final Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void shouldWriteAllReportsAndClassifyClaudeCopilotAndUnmarkedCommits() throws Exception {
        try (Repositories.Demo demo = Repositories.demo(tmp.resolve("repo"))) {
            Path out = tmp.resolve("out/nested");

            CliRun run = CliRun.of("provenance", "--repo", demo.dir().toString(), "--out", out.toString());

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(out.resolve("ai-provenance.json")).isRegularFile();
            assertThat(out.resolve("ai-provenance.intoto.jsonl")).isRegularFile();
            assertThat(out.resolve("report.html")).isRegularFile();
            assertThat(run.out()).contains("AI provenance: 3 commits (1 AI-generated, 1 AI-assisted, 0 human, 1 unknown)")
                    .contains("aigov: wrote " + out.resolve("ai-provenance.json"))
                    .contains("aigov: wrote " + out.resolve("ai-provenance.intoto.jsonl"))
                    .contains("aigov: wrote " + out.resolve("report.html"));
            assertThat(run.err()).isEmpty();

            JsonNode document = readJson(out.resolve("ai-provenance.json"));
            assertThat(document.get("schemaVersion").asText()).isEqualTo("1.0");
            assertThat(origins(document)).containsExactly("AI_GENERATED", "AI_ASSISTED", "UNKNOWN");
            JsonNode copilot = document.get("commits").get(0);
            assertThat(copilot.get("id").asText()).isEqualTo(demo.copilot().name());
            assertThat(copilot.get("agent").asText()).startsWith("copilot");
            JsonNode claude = document.get("commits").get(1);
            assertThat(claude.get("agent").asText()).isEqualTo("claude-code");
            assertThat(claude.get("humanOwner").asText()).contains("dana@example.com");
            JsonNode totals = document.get("totals");
            assertThat(totals.get("commits").get("aiGenerated").asLong()).isEqualTo(1);
            assertThat(totals.get("commits").get("aiAssisted").asLong()).isEqualTo(1);
            assertThat(totals.get("commits").get("unknown").asLong()).isEqualTo(1);
            assertThat(totals.get("addedLines").get("aiAssisted").asLong()).isEqualTo(5);
            assertThat(totals.get("addedLines").get("aiGenerated").asLong()).isEqualTo(3);
            assertThat(totals.get("addedLines").get("unknown").asLong()).isEqualTo(3);
            assertThat(document.get("range").get("headId").asText()).isEqualTo(demo.copilot().name());
            assertThat(document.get("partial").asBoolean()).isFalse();
        }
    }

    @Test
    void shouldWriteInTotoStatementWhoseSubjectsAreTheAiTouchedFilesWithTheirHashes() throws Exception {
        try (Repositories.Demo demo = Repositories.demo(tmp.resolve("repo"))) {
            Path out = tmp.resolve("out");

            CliRun run = CliRun.of("provenance", "--repo", demo.dir().toString(), "--out", out.toString());

            assertThat(run.exitCode()).as(run.toString()).isZero();
            List<String> lines = Files.readAllLines(out.resolve("ai-provenance.intoto.jsonl"), StandardCharsets.UTF_8);
            assertThat(lines).hasSize(1);
            JsonNode statement = JSON.readTree(lines.get(0));
            assertThat(statement.get("_type").asText()).isEqualTo("https://in-toto.io/Statement/v1");
            assertThat(statement.get("predicateType").asText()).endsWith("docs/schemas/ai-generation-predicate.md#v1");
            List<String> names = new ArrayList<>();
            for (JsonNode subject : statement.get("subject")) {
                String name = subject.get("name").asText();
                names.add(name);
                assertThat(subject.get("digest").get("sha256").asText()).as(name)
                        .isEqualTo(sha256(demo.dir().resolve(name)));
            }
            assertThat(names).containsExactlyInAnyOrder("src/parser.py", "src/config/limits.py");
        }
    }

    @Test
    void shouldAnalyseOnlyTheCommitsBetweenBaseAndHead() throws Exception {
        try (Repositories.Demo demo = Repositories.demo(tmp.resolve("repo"))) {
            Path out = tmp.resolve("out");

            CliRun run = CliRun.of("provenance", "--repo", demo.dir().toString(), "--base", demo.unmarked().name(),
                    "--head", demo.claude().name(), "--out", out.toString());

            assertThat(run.exitCode()).as(run.toString()).isZero();
            JsonNode document = readJson(out.resolve("ai-provenance.json"));
            assertThat(origins(document)).containsExactly("AI_ASSISTED");
            assertThat(document.get("commits").get(0).get("id").asText()).isEqualTo(demo.claude().name());
            assertThat(document.get("range").get("baseId").asText()).isEqualTo(demo.unmarked().name());
        }
    }

    @Test
    void shouldAcceptSymbolicRevisionsAndCapTheWalk() throws Exception {
        try (Repositories.Demo demo = Repositories.demo(tmp.resolve("repo"))) {
            Path out = tmp.resolve("out");

            CliRun run = CliRun.of("provenance", "--repo", demo.dir().toString(), "--head", "main~1",
                    "--max-commits", "1", "--out", out.toString());

            assertThat(run.exitCode()).as(run.toString()).isZero();
            JsonNode document = readJson(out.resolve("ai-provenance.json"));
            assertThat(origins(document)).containsExactly("AI_ASSISTED");
            assertThat(document.get("range").get("capped").asBoolean()).isTrue();
            assertThat(Files.readString(out.resolve("report.html"))).contains("Only the newest 1 commits");
        }
    }

    @Test
    void shouldReadABareRepository() throws Exception {
        try (Repositories.Demo demo = Repositories.demo(tmp.resolve("repo"))) {
            Path bare = tmp.resolve("bare.git");
            Git.cloneRepository().setURI(demo.dir().toUri().toString()).setDirectory(bare.toFile()).setBare(true)
                    .call().close();
            Path out = tmp.resolve("out");

            CliRun run = CliRun.of("provenance", "--repo", bare.toString(), "--out", out.toString());

            assertThat(run.exitCode()).as(run.toString()).isZero();
            JsonNode document = readJson(out.resolve("ai-provenance.json"));
            assertThat(origins(document)).containsExactly("AI_GENERATED", "AI_ASSISTED", "UNKNOWN");
            String parserHash = null;
            for (JsonNode file : document.get("files")) {
                if (file.get("path").asText().equals("src/parser.py")) {
                    parserHash = file.get("sha256").asText();
                }
            }
            assertThat(parserHash).as("hashes come from the objects, not a work tree")
                    .isEqualTo(sha256(demo.dir().resolve("src/parser.py")));
        }
    }

    @Test
    void shouldWriteOnlyTheRequestedFormats() throws Exception {
        try (Repositories.Demo demo = Repositories.demo(tmp.resolve("repo"))) {
            Path out = tmp.resolve("out");

            CliRun run = CliRun.of("provenance", "--repo", demo.dir().toString(), "--out", out.toString(),
                    "--format", "HTML,json");

            assertThat(run.exitCode()).as(run.toString()).isZero();
            try (var files = Files.list(out)) {
                assertThat(files.map(file -> file.getFileName().toString()))
                        .containsExactlyInAnyOrder("ai-provenance.json", "report.html");
            }
        }
    }

    @Test
    void shouldApplyMarkerRulesFromAFile() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
            repo.write("a.txt", "one\ntwo\n");
            repo.commit("Add a\n\nX-Robot: night-shift\n", Repositories.DANA);
            Path markers = tmp.resolve("markers.txt");
            Files.writeString(markers, "# our in-house agent\ntrailer X-Robot AI_GENERATED agent=night-robot\n");
            Path out = tmp.resolve("out");

            CliRun run = CliRun.of("provenance", "--repo", repo.dir().toString(), "--markers", markers.toString(),
                    "--out", out.toString());

            assertThat(run.exitCode()).as(run.toString()).isZero();
            JsonNode commit = readJson(out.resolve("ai-provenance.json")).get("commits").get(0);
            assertThat(commit.get("origin").asText()).isEqualTo("AI_GENERATED");
            assertThat(commit.get("agent").asText()).isEqualTo("night-robot");
        }
    }
}
