package io.jenkins.plugins.aigov.engine.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.AiGovernance;
import io.jenkins.plugins.aigov.engine.provenance.FileProvenance;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;
import io.jenkins.plugins.aigov.engine.testing.GitFixture;

import static io.jenkins.plugins.aigov.engine.testing.GitFixture.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provenance JSON document and the in-toto statement, written from a real repository.
 */
class ProvenanceDocumentsTest {
    private static final PersonIdent DEV = person("Dana Developer", "dana@example.com");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    private ProvenanceResult mixedHistory(final Path dir) throws Exception {
        try (GitFixture repo = GitFixture.init(dir)) {
            repo.write("README.md", "readme\n");
            repo.commit("Initial", DEV);
            repo.write("src/App.java", "class App {\n}\n");
            repo.commit("Add App\n\nCo-authored-by: Codex <noreply@openai.com>\n", DEV);
            repo.write("src/Util.java", "class Util {}\n");
            repo.commit("Add Util\n\nCo-authored-by: aider (gpt-4o) <aider@aider.chat>\n", DEV);
            return AiGovernance.provenance().repository(dir).call().result();
        }
    }

    @Test
    void shouldReadBackWhatItWrites() throws Exception {
        ProvenanceResult result = mixedHistory(tmp.resolve("repo"));

        String json = ProvenanceJson.write(result);
        ProvenanceResult read = ProvenanceJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(read).isEqualTo(result);
        assertThat(MAPPER.readTree(json).get("schemaVersion").asText()).isEqualTo(ProvenanceResult.SCHEMA_VERSION);
    }

    @Test
    void shouldWriteTheSameBytesForTheSameHistory() throws Exception {
        String first = ProvenanceJson.write(mixedHistory(tmp.resolve("one")));
        String second = ProvenanceJson.write(mixedHistory(tmp.resolve("two")));

        assertThat(first).isEqualTo(second);
    }

    @Test
    void shouldStreamTheSameBytesAsTheString() throws Exception {
        ProvenanceResult result;
        try (GitFixture repo = GitFixture.init(tmp.resolve("emoji"))) {
            repo.write("src/App.java", "class App {\n}\n");
            repo.commit("Add App 🚀 — “quoted”\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\n"
                    + "Co-Authored-By: Claude <noreply@anthropic.com>\n", person("Zoë Ünal", "zoe@example.com"));
            result = AiGovernance.provenance().repository(repo.dir()).call().result();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ProvenanceJson.write(result, out);
        out.write('.');

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(ProvenanceJson.write(result) + ".");
    }

    @Test
    void shouldNameEveryAiTouchedFileAsSubjectWithItsDigest() throws Exception {
        ProvenanceResult result = mixedHistory(tmp.resolve("repo"));

        String line = InTotoStatement.forProvenance(result);

        assertThat(line).endsWith("\n").doesNotContain("\n\n");
        assertThat(line.strip()).doesNotContain("\n");
        JsonNode statement = MAPPER.readTree(line);
        assertThat(statement.get("_type").asText()).isEqualTo("https://in-toto.io/Statement/v1");
        assertThat(statement.get("predicateType").asText()).isEqualTo(InTotoStatement.PREDICATE_TYPE);
        assertThat(statement.get("subject")).hasSize(2);
        for (JsonNode subject : statement.get("subject")) {
            FileProvenance file = result.files().stream()
                    .filter(f -> f.path().equals(subject.get("name").asText())).findFirst().orElseThrow();
            assertThat(subject.get("digest").get("sha256").asText()).isEqualTo(file.sha256());
        }
        JsonNode predicate = statement.get("predicate");
        assertThat(predicate.get("files")).hasSize(2);
        assertThat(predicate.get("commits")).hasSize(2);
        assertThat(predicate.get("range").get("head").asText()).isEqualTo(result.range().headId());
    }

    @Test
    void shouldFallBackToTheHeadCommitWhenNoFileIsAiTouched() throws Exception {
        Path dir = tmp.resolve("human");
        RevCommit head;
        try (GitFixture repo = GitFixture.init(dir)) {
            repo.write("a.txt", "a\n");
            head = repo.commit("Plain", DEV);
        }
        ProvenanceResult result = AiGovernance.provenance().repository(dir).call().result();

        JsonNode statement = MAPPER.readTree(InTotoStatement.forProvenance(result));

        assertThat(statement.get("subject")).singleElement()
                .satisfies(subject -> assertThat(subject.get("digest").get("gitCommit").asText())
                        .isEqualTo(head.name()));
    }
}
