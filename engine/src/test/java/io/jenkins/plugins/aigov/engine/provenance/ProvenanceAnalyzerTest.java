package io.jenkins.plugins.aigov.engine.provenance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.AiGovernance;
import io.jenkins.plugins.aigov.engine.GovernanceException;
import io.jenkins.plugins.aigov.engine.model.Origin;
import io.jenkins.plugins.aigov.engine.model.OriginCounts;
import io.jenkins.plugins.aigov.engine.testing.GitFixture;

import static io.jenkins.plugins.aigov.engine.testing.GitFixture.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * End to end over real repositories built with JGit: the walk, the diff, the classification and the totals.
 */
class ProvenanceAnalyzerTest {
    private static final PersonIdent DEV = person("Dana Developer", "dana@example.com");
    private static final PersonIdent COPILOT = person("Copilot", "198982749+Copilot@users.noreply.github.com");
    private static final String CLAUDE_FOOTER = "\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\n"
            + "Co-Authored-By: Claude <noreply@anthropic.com>\n";

    @TempDir
    Path tmp;

    private ProvenanceResult analyze(final GitFixture repo, final String base) throws GovernanceException {
        return AiGovernance.provenance().repository(repo.dir()).base(base).call().result();
    }

    private static CommitProvenance commit(final ProvenanceResult result, final RevCommit commit) {
        return result.commits().stream().filter(c -> c.id().equals(commit.name())).findFirst().orElseThrow();
    }

    private static FileProvenance file(final ProvenanceResult result, final String path) {
        return result.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }

    private static String sha256(final String content) throws Exception {
        return HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldClassifyClaudeCodeCommitAsAiAssistedAndCountItsLines() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
            repo.write("README.md", "hello\n");
            RevCommit first = repo.commit("Initial commit", DEV);
            String code = "def add(a, b):\n    return a + b\n\nprint(add(1, 2))\n";
            repo.write("src/calc.py", code);
            RevCommit ai = repo.commit("Add calculator" + CLAUDE_FOOTER, DEV);

            ProvenanceResult result = analyze(repo, null);

            assertThat(result.commits()).hasSize(2);
            CommitProvenance claude = commit(result, ai);
            assertThat(claude.origin()).isEqualTo(Origin.AI_ASSISTED);
            assertThat(claude.agent()).isEqualTo("claude-code");
            assertThat(claude.humanOwner()).contains("dana@example.com");
            assertThat(claude.addedLines()).isEqualTo(OriginCounts.of(Origin.AI_ASSISTED, 4));
            assertThat(commit(result, first).origin()).isEqualTo(Origin.UNKNOWN);
            assertThat(commit(result, first).addedLines()).isEqualTo(OriginCounts.of(Origin.UNKNOWN, 1));

            FileProvenance calc = file(result, "src/calc.py");
            assertThat(calc.isAiTouched()).isTrue();
            assertThat(calc.sha256()).isEqualTo(sha256(code));
            assertThat(calc.size()).isEqualTo(code.length());
            assertThat(calc.agents()).containsExactly("claude-code");
            assertThat(file(result, "README.md").sha256()).as("only AI-touched files are hashed").isNull();
            assertThat(result.totals().addedLines()).isEqualTo(new OriginCounts(0, 4, 0, 1));
            assertThat(result.totals().aiFiles()).isEqualTo(1);
            assertThat(result.totals().commitsByAgent()).containsEntry("claude-code", 1L);
            assertThat(result.partial()).isFalse();
        }
    }

    @Test
    void shouldClassifyCopilotAgentCommitAsAiGeneratedOwnedByTheAssigningHuman() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
            repo.write("a.txt", "a\n");
            repo.commit("Initial", DEV);
            repo.write("b.txt", "b1\nb2\n");
            RevCommit bot = repo.commit("Fix the flaky test\n\n"
                    + "Agent-Logs-Url: https://github.com/acme/app/sessions/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0\n"
                    + "Co-authored-by: Dana Developer <1234+dana@users.noreply.github.com>\n", COPILOT);

            CommitProvenance copilot = commit(analyze(repo, null), bot);

            assertThat(copilot.origin()).isEqualTo(Origin.AI_GENERATED);
            assertThat(copilot.agent()).isEqualTo("copilot");
            assertThat(copilot.evidence()).extracting(Evidence::ruleId).contains("copilot-swe-agent-identity");
            assertThat(copilot.humanOwner()).contains("dana");
            assertThat(copilot.references()).anyMatch(ref -> ref.contains("/sessions/0f1e2d3c"));
            assertThat(copilot.addedLines()).isEqualTo(OriginCounts.of(Origin.AI_GENERATED, 2));
        }
    }

    @Test
    void shouldTreatCommitWithoutMarkersAsUnknownNotHuman() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
            repo.write("a.txt", "a\n");
            RevCommit stripped = repo.commit("Add a (trailers stripped by a hook)", DEV);

            ProvenanceResult result = analyze(repo, null);

            assertThat(commit(result, stripped).origin()).isEqualTo(Origin.UNKNOWN);
            assertThat(result.policyFindings()).isEmpty();
        }
    }

    @Test
    void shouldAnalyseOnlyTheCommitsAfterTheBase() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
            repo.write("a.txt", "a\n");
            RevCommit base = repo.commit("Old work" + CLAUDE_FOOTER, DEV);
            repo.write("b.txt", "b\n");
            RevCommit head = repo.commit("New work", DEV);

            ProvenanceResult result = analyze(repo, base.name());

            assertThat(result.commits()).extracting(CommitProvenance::id).containsExactly(head.name());
            assertThat(result.range().baseId()).isEqualTo(base.name());
            assertThat(result.range().headId()).isEqualTo(head.name());
            assertThat(result.files()).extracting(FileProvenance::path).containsExactly("b.txt");
        }
    }

    @Test
    void shouldCapTheWalkAndSaySo() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
            for (int i = 0; i < 5; i++) {
                repo.write("f" + i + ".txt", i + "\n");
                repo.commit("commit " + i, DEV);
            }

            ProvenanceReport report = AiGovernance.provenance().repository(repo.dir()).maxCommits(3).call();

            assertThat(report.result().commits()).hasSize(3);
            assertThat(report.result().range().capped()).isTrue();
            assertThat(report.log()).anyMatch(line -> line.contains("more than 3 commits"));
        }
    }

    @Test
    void shouldNotCountLinesOfMergeCommitsTwice() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
            repo.write("a.txt", "a\n");
            repo.commit("Initial", DEV);
            repo.branch("feature");
            repo.write("feature.txt", "one\ntwo\nthree\n");
            RevCommit feature = repo.commit("Feature" + CLAUDE_FOOTER, DEV);
            repo.checkout("main");
            repo.write("main.txt", "m\n");
            repo.commit("Main work", DEV);
            RevCommit merge = repo.merge("feature", "Merge branch 'feature'", DEV);

            ProvenanceResult result = analyze(repo, null);

            assertThat(commit(result, merge).merge()).isTrue();
            assertThat(commit(result, merge).addedLines().total()).isZero();
            assertThat(commit(result, feature).addedLines()).isEqualTo(OriginCounts.of(Origin.AI_ASSISTED, 3));
            assertThat(result.totals().addedLines().total()).isEqualTo(5);
        }
    }

    @Test
    void shouldMarkBinaryFilesAndCountNoLines() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
            repo.write("logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3});
            repo.commit("Add logo" + CLAUDE_FOOTER, DEV);

            FileProvenance logo = file(analyze(repo, null), "logo.png");

            assertThat(logo.binary()).isTrue();
            assertThat(logo.addedLines().total()).isZero();
        }
    }

    @Test
    void shouldAnalyseABareRepository() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
            repo.write("a.txt", "a\n");
            repo.commit("Add a" + CLAUDE_FOOTER, DEV);
            Path bare = tmp.resolve("bare.git");
            Git.cloneRepository().setURI(repo.dir().toUri().toString()).setDirectory(bare.toFile()).setBare(true)
                    .call().close();

            ProvenanceResult result = AiGovernance.provenance().repository(bare).call().result();

            assertThat(result.commits()).singleElement().extracting(CommitProvenance::origin)
                    .isEqualTo(Origin.AI_ASSISTED);
            assertThat(result.files()).singleElement().extracting(FileProvenance::sha256).isNotNull();
        }
    }

    @Test
    void shouldRejectAFolderThatIsNotARepository() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));

        assertThatThrownBy(() -> AiGovernance.provenance().repository(plain).call())
                .isInstanceOfSatisfying(GovernanceException.class, e -> assertThat(e.isUsageError()).isTrue())
                .hasMessageContaining("is not a git repository");
    }

    @Test
    void shouldRejectAnUnknownRevisionNamingIt() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
            repo.write("a.txt", "a\n");
            repo.commit("Add a", DEV);

            assertThatThrownBy(() -> analyze(repo, "no-such-branch"))
                    .isInstanceOfSatisfying(GovernanceException.class, e -> assertThat(e.isUsageError()).isTrue())
                    .hasMessageContaining("unknown revision 'no-such-branch'");
        }
    }

    @Test
    void shouldFallBackToThePresentHistoryWhenADerivedBaseIsMissing() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
            repo.write("a.txt", "a\n");
            repo.commit("Add a", DEV);
            String rewritten = "0123456789abcdef0123456789abcdef01234567";

            ProvenanceReport report = AiGovernance.provenance().repository(repo.dir()).base(rewritten)
                    .toleratesMissingBase(true).call();

            assertThat(report.result().partial()).isTrue();
            assertThat(report.result().commits()).hasSize(1);
            assertThat(report.result().range().baseId()).isNull();
            assertThat(report.log()).anyMatch(line -> line.contains("base " + rewritten));
        }
    }

    @Test
    void shouldRejectARepositoryWithoutCommits() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
            assertThatThrownBy(() -> analyze(repo, null))
                    .isInstanceOf(GovernanceException.class).hasMessageContaining("has no commits yet");
        }
    }

    @Test
    void shouldReturnAPartialResultWhenAShallowCloneLacksTheBase() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
            repo.write("a.txt", "a\n");
            RevCommit old = repo.commit("Old", DEV);
            for (int i = 0; i < 3; i++) {
                repo.write("f" + i + ".txt", "x\n");
                repo.commit("Work " + i + CLAUDE_FOOTER, DEV);
            }
            Path shallow = tmp.resolve("shallow");
            Git.cloneRepository().setURI(repo.dir().toUri().toString()).setDirectory(shallow.toFile())
                    .setDepth(2).call().close();

            ProvenanceReport report = AiGovernance.provenance().repository(shallow).base(old.name()).call();

            assertThat(report.result().partial()).isTrue();
            assertThat(report.result().commits()).hasSize(2);
            assertThat(report.log()).anyMatch(line -> line.contains("shallow clone"));
            // The boundary commit's parent is missing: diffing it against nothing would credit it with the whole
            // repository (4 files). Only the newest commit's own line counts.
            assertThat(report.result().totals().addedLines().total()).isEqualTo(1);
            assertThat(report.log()).anyMatch(line -> line.contains("shallow-clone boundary"));
        }
    }

    @Test
    void shouldCountDeletedLinesAndKeepDeletedFilesWithoutDigest() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
            repo.write("gone.txt", "1\n2\n3\n");
            repo.commit("Add gone" + CLAUDE_FOOTER, DEV);
            repo.delete("gone.txt");
            RevCommit removal = repo.commit("Remove gone", DEV);

            ProvenanceResult result = analyze(repo, null);

            assertThat(commit(result, removal).deletedLines()).isEqualTo(3);
            FileProvenance gone = file(result, "gone.txt");
            assertThat(gone.sha256()).isNull();
            assertThat(gone.commits()).hasSize(2);
        }
    }

    @Test
    void shouldRecordPolicyFindingsForAnAiCommitWithoutOwnerOrModel() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
            repo.write("a.txt", "a\n");
            RevCommit bot = repo.commit("Initial plan", COPILOT);

            ProvenanceResult result = analyze(repo, null);

            assertThat(result.policyFindings()).extracting(PolicyFinding::ruleId)
                    .contains("ai-commit-without-owner", "ai-commit-without-model", "ai-commit-unsigned",
                            "spoofable-evidence-only");
            assertThat(result.policyFindings()).allMatch(finding -> finding.commitId().equals(bot.name()));
        }
    }

    @Test
    void shouldApplyAdminMarkerRules() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
            repo.write("a.txt", "a\n");
            RevCommit marked = repo.commit("Add a\n\nX-Generated-By: inhouse-llm\n", DEV);

            ProvenanceResult result = AiGovernance.provenance().repository(repo.dir())
                    .markerRules(MarkerRules.parse("trailer X-Generated-By AI_GENERATED agent=inhouse\n", "rules"))
                    .call().result();

            CommitProvenance commit = commit(result, marked);
            assertThat(commit.origin()).isEqualTo(Origin.AI_GENERATED);
            assertThat(commit.evidence()).anyMatch(evidence -> evidence.signal().equals("marker-rule"));
        }
    }

    @Test
    void shouldGiveTheSameCountsWhenDiffsRunOnSeveralThreads() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
            long expectedAi = 0;
            long expectedUnknown = 0;
            int commits = ParallelDiffs.CHUNK * 4 + 17;
            for (int i = 0; i < commits; i++) {
                int lines = i % 5 + 1;
                repo.write("dir" + i % 7 + "/file" + i + ".txt", "x\n".repeat(lines));
                boolean ai = i % 3 == 0;
                repo.commit("change " + i + (ai ? CLAUDE_FOOTER : ""), DEV);
                if (ai) {
                    expectedAi += lines;
                }
                else {
                    expectedUnknown += lines;
                }
            }

            ProvenanceResult result = analyze(repo, null);

            assertThat(result.commits()).hasSize(commits);
            assertThat(result.totals().addedLines()).isEqualTo(new OriginCounts(0, expectedAi, 0, expectedUnknown));
            assertThat(result.files()).hasSize(commits);
            for (CommitProvenance commit : result.commits()) {
                int index = Integer.parseInt(commit.subject().substring("change ".length()));
                assertThat(commit.addedLines().total()).isEqualTo(index % 5 + 1);
            }
        }
    }
}
