package io.jenkins.plugins.aigov.engine.provenance;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.AiGovernance;
import io.jenkins.plugins.aigov.engine.model.Origin;
import io.jenkins.plugins.aigov.engine.model.OriginCounts;
import io.jenkins.plugins.aigov.engine.testing.GitFixture;

import static io.jenkins.plugins.aigov.engine.testing.GitFixture.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Line-level records in real repositories: git-ai notes under refs/notes/ai and Agent Trace records committed in
 * .agent-trace/traces.jsonl, including corrupt ones.
 */
class LineLevelProvenanceTest {
    private static final PersonIdent DEV = person("Jane Doe", "jane@example.com");

    @TempDir
    Path tmp;

    private static String lines(final int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "line " + i).collect(Collectors.joining("\n", "", "\n"));
    }

    private static String note(final String path, final String aiRanges, final String humanRanges) {
        return path + "\n"
                + "  s_3f1a9c2b7d4e60::t_a1b2c3d4e5f607 " + aiRanges + "\n"
                + (humanRanges == null ? "" : "  h_9e8d7c6b5a4f30 " + humanRanges + "\n")
                + "---\n"
                + "{\"schema_version\":\"authorship/3.0.0\",\"git_ai_version\":\"1.6.24\","
                + "\"sessions\":{\"s_3f1a9c2b7d4e60\":{\"agent_id\":{\"tool\":\"claude\",\"id\":\"conv-1\","
                + "\"model\":\"claude-sonnet-4-5-20250929\"},\"human_author\":\"Jane Doe <jane@example.com>\"}},"
                + "\"humans\":{\"h_9e8d7c6b5a4f30\":{\"author\":\"Jane Doe <jane@example.com>\"}}}\n";
    }

    private static CommitProvenance only(final ProvenanceResult result, final RevCommit commit) {
        return result.commits().stream().filter(c -> c.id().equals(commit.name())).findFirst().orElseThrow();
    }

    @Test
    void shouldSplitAddedLinesByTheRangesOfAGitAiNote() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
            repo.write("src/Parser.java", lines(10));
            repo.write("notes.txt", lines(2));
            RevCommit commit = repo.commit("Add parser", DEV);
            repo.aiNote(commit, note("src/Parser.java", "1-6", "7-8"));

            ProvenanceResult result = AiGovernance.provenance().repository(repo.dir()).call().result();

            CommitProvenance provenance = only(result, commit);
            assertThat(provenance.origin()).isEqualTo(Origin.AI_ASSISTED);
            assertThat(provenance.model()).contains("claude-sonnet-4-5");
            // 6 AI lines, 2 known-human, 2 untracked in the covered file, 2 lines in a file the note leaves out.
            assertThat(provenance.addedLines()).isEqualTo(new OriginCounts(6, 0, 2, 4));
            FileProvenance parser = result.files().stream().filter(f -> f.path().equals("src/Parser.java"))
                    .findFirst().orElseThrow();
            assertThat(parser.addedLines().aiGenerated()).isEqualTo(6);
            assertThat(parser.models()).anyMatch(model -> model.contains("claude-sonnet-4-5"));
            assertThat(parser.sha256()).isNotNull();
            assertThat(result.policyFindings()).extracting(PolicyFinding::ruleId)
                    .doesNotContain("spoofable-evidence-only", "ai-commit-without-owner");
        }
    }

    @Test
    void shouldCallACommitWhoseNoteHasOnlyAiRangesAiGenerated() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
            repo.write("src/Parser.java", lines(4));
            RevCommit commit = repo.commit("Add parser", DEV);
            repo.aiNote(commit, note("src/Parser.java", "1-4", null));

            CommitProvenance provenance = only(AiGovernance.provenance().repository(repo.dir()).call().result(),
                    commit);

            assertThat(provenance.origin()).isEqualTo(Origin.AI_GENERATED);
            assertThat(provenance.addedLines()).isEqualTo(OriginCounts.of(Origin.AI_GENERATED, 4));
        }
    }

    @Test
    void shouldReportACorruptNoteWithItsLineAndStillAnalyseTheRest() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
            repo.write("a.txt", lines(3));
            RevCommit commit = repo.commit("Add a\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n", DEV);
            repo.aiNote(commit, "a.txt\n  s_3f1a9c2b7d4e60::t_a1b2c3d4e5f607 3-x\n---\n{}\n");

            ProvenanceReport report = AiGovernance.provenance().repository(repo.dir()).call();

            assertThat(report.result().partial()).isTrue();
            assertThat(report.result().problems()).singleElement()
                    .satisfies(problem -> assertThat(problem.where())
                            .isEqualTo("refs/notes/ai@" + commit.name().substring(0, 12) + ":2"));
            assertThat(only(report.result(), commit).origin()).as("the trailer still counts")
                    .isEqualTo(Origin.AI_ASSISTED);
            assertThat(report.log()).anyMatch(line -> line.contains("PARTIAL"));
        }
    }

    @Test
    void shouldUseAgentTraceRecordsCommittedInTheRepository() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
            repo.write("src/app.ts", lines(5));
            RevCommit commit = repo.commit("Add app", DEV);
            String trace = "{\"version\":\"0.1.0\",\"id\":\"550e8400-e29b-41d4-a716-446655440000\","
                    + "\"timestamp\":\"2026-01-23T14:30:00Z\",\"vcs\":{\"type\":\"git\",\"revision\":\""
                    + commit.name() + "\"},\"tool\":{\"name\":\"cursor\",\"version\":\"2.4.0\"},"
                    + "\"files\":[{\"path\":\"src/app.ts\",\"conversations\":[{\"url\":"
                    + "\"https://example.com/conversations/1\",\"contributor\":{\"type\":\"ai\","
                    + "\"model_id\":\"anthropic/claude-opus-4-5-20251101\"},"
                    + "\"ranges\":[{\"start_line\":1,\"end_line\":3}]}]}]}\n"
                    + "{this line is not json\n";
            repo.write(".agent-trace/traces.jsonl", trace);
            repo.commit("Record traces", DEV);

            ProvenanceResult result = AiGovernance.provenance().repository(repo.dir()).call().result();

            CommitProvenance provenance = only(result, commit);
            assertThat(provenance.origin()).isEqualTo(Origin.AI_GENERATED);
            assertThat(provenance.agent()).isEqualTo("cursor");
            assertThat(provenance.addedLines()).isEqualTo(new OriginCounts(3, 0, 0, 2));
            assertThat(result.problems()).anySatisfy(problem ->
                    assertThat(problem.where()).isEqualTo(".agent-trace/traces.jsonl:2"));
            assertThat(result.partial()).isTrue();
        }
    }

    @Test
    void shouldKeepTheAiCoAuthorsOfASquashCommit() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
            repo.write("a.txt", lines(2));
            RevCommit squash = repo.commit("Add feature (#42)\n\n* wip\n* more\n\n"
                    + "Co-authored-by: Devin AI <158243242+devin-ai-integration[bot]@users.noreply.github.com>\n"
                    + "Co-authored-by: Sam Reviewer <sam@example.com>\n", DEV);

            CommitProvenance provenance = only(AiGovernance.provenance().repository(repo.dir()).call().result(),
                    squash);

            assertThat(provenance.origin()).isEqualTo(Origin.AI_ASSISTED);
            assertThat(provenance.agent()).isEqualTo("devin");
            assertThat(provenance.humanOwner()).contains("jane@example.com");
        }
    }

    @Test
    void shouldDistrustABotNameWithAForeignEmail() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
            repo.write("a.txt", lines(1));
            RevCommit spoofed = repo.commit("Innocent change", person("claude[bot]", "mallory@example.com"));
            repo.write("b.txt", lines(1));
            RevCommit genuine = repo.commit("Genuine change",
                    person("claude[bot]", "209825114+claude[bot]@users.noreply.github.com"));

            ProvenanceResult result = AiGovernance.provenance().repository(repo.dir()).call().result();

            assertThat(only(result, spoofed).confidence()).isLessThan(only(result, genuine).confidence());
            assertThat(only(result, spoofed).evidence()).extracting(Evidence::ruleId).contains("identity-mismatch");
        }
    }
}
