package io.jenkins.plugins.aigov.engine.bom;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

import io.jenkins.plugins.aigov.engine.AiGovernance;
import io.jenkins.plugins.aigov.engine.GovernanceException;
import io.jenkins.plugins.aigov.engine.dependencies.Dependency;
import io.jenkins.plugins.aigov.engine.dependencies.DependencyKind;
import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;
import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Severity;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;
import io.jenkins.plugins.aigov.engine.testing.GitFixture;

import static io.jenkins.plugins.aigov.engine.testing.GitFixture.person;

/**
 * A real repository written by several agents and models, plus dependencies, findings and an approval, for the BOM
 * tests.
 */
final class BomFixtures {
    static final PersonIdent DEV = person("Jane Doe", "jane@example.com");
    static final PersonIdent COPILOT = person("Copilot", "198982749+Copilot@users.noreply.github.com");
    static final String FAKE_SECRET = "AKIAZZFAKESECRET7Q2X";
    static final Instant TIMESTAMP = Instant.parse("2026-01-05T10:00:00Z");
    static final String BUILD_URL = "https://jenkins.example.com/job/shop/42/";

    private BomFixtures() {
    }

    static String lines(final String prefix, final int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + " " + i)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static String gitAiNote(final String path, final String aiRanges) {
        return path + "\n"
                + "  s_3f1a9c2b7d4e60::t_a1b2c3d4e5f607 " + aiRanges + "\n"
                + "---\n"
                + "{\"schema_version\":\"authorship/3.0.0\",\"git_ai_version\":\"1.6.24\","
                + "\"sessions\":{\"s_3f1a9c2b7d4e60\":{\"agent_id\":{\"tool\":\"claude\",\"id\":\"conv-1\","
                + "\"model\":\"claude-sonnet-4-5-20250929\"},\"human_author\":\"Jane Doe <jane@example.com>\"}},"
                + "\"humans\":{}}\n";
    }

    /** Builds the repository in {@code dir}; {@code appVariant} changes one AI-written file's content. */
    static ProvenanceResult aiRepository(final Path dir, final String appVariant) throws GovernanceException {
        try (GitFixture repo = GitFixture.init(dir)) {
            repo.write("README.md", lines("readme", 3));
            repo.commit("Initial commit", DEV);
            repo.write("src/main/java/App.java", lines("app" + appVariant, 12));
            repo.commit("Add app\n\nClaude-Session: https://claude.ai/code/session_01AbCdEf\n"
                    + "Reviewed-by: Sam Reviewer <sam@example.com>\n"
                    + "Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>\n", DEV);
            repo.write("tools/report.py", lines("py", 5));
            repo.commit("Add report script\n\nCo-authored-by: aider (gpt-4o) <aider@aider.chat>\n", DEV);
            repo.write("web/app.ts", lines("ts", 4));
            repo.commit("Add web client (#7)", COPILOT);
            repo.write("src/main/java/Parser.java", lines("parser", 6));
            RevCommit noted = repo.commit("Add parser", DEV);
            repo.aiNote(noted, gitAiNote("src/main/java/Parser.java", "1-4"));
            repo.write("docs/notes.md", lines("notes", 2));
            repo.commit("Human notes", DEV);
            return AiGovernance.provenance().repository(repo.dir()).call().result();
        }
    }

    static List<Dependency> dependencies() {
        return List.of(
                Dependency.of(Ecosystem.MAVEN, "org.apache.commons:commons-lang3", "3.17.0", null, "pom.xml", 21,
                        DependencyKind.DIRECT, true, List.of()),
                Dependency.of(Ecosystem.MAVEN, "org.junit.jupiter:junit-jupiter", "[5.10,6)", "test", "pom.xml", 27,
                        DependencyKind.DIRECT, true, List.of()),
                Dependency.of(Ecosystem.MAVEN, "org.apache.commons:commons-bom", "1.0", "import", "pom.xml", 12,
                        DependencyKind.MANAGED, true, List.of()),
                Dependency.of(Ecosystem.NPM, "@Angular/core", "^17.3.0", "dependencies", "web/package.json", 8,
                        DependencyKind.DIRECT, true, List.of()),
                Dependency.of(Ecosystem.NPM, "@angular/core", "17.3.1", null, "web/package-lock.json", 40,
                        DependencyKind.LOCKED, true, List.of()),
                Dependency.of(Ecosystem.NPM, "rxjs", "7.8.1", null, "web/package-lock.json", 77,
                        DependencyKind.TRANSITIVE_LOCKED, true, List.of("required by @angular/core@17.3.1")),
                Dependency.of(Ecosystem.NPM, "typescript", "~5.4.0", "devDependencies", "web/package.json", 14,
                        DependencyKind.DIRECT, true, List.of()),
                Dependency.of(Ecosystem.PYPI, "Flask_Cors", "==4.0.1", null, "requirements.txt", 3,
                        DependencyKind.DIRECT, true, List.of()),
                Dependency.of(Ecosystem.GO, "github.com/Azure/go-autorest", "v14.2.0+incompatible", null, "go.mod", 5,
                        DependencyKind.DIRECT, true, List.of()),
                Dependency.of(Ecosystem.CARGO, "serde", "1.0", "dependencies", "Cargo.toml", 9,
                        DependencyKind.DIRECT, true, List.of()),
                Dependency.of(Ecosystem.CARGO, "rand", "=0.8.5", "dev-dependencies", "Cargo.toml", 12,
                        DependencyKind.DIRECT, true, List.of()),
                Dependency.of(Ecosystem.NPM, "local-lib", "file:../lib", "dependencies", "web/package.json", 9,
                        DependencyKind.DIRECT, false, List.of("path dependency")));
    }

    static List<Finding> findings() {
        return List.of(
                new Finding("security-patterns", "aws-access-key", Severity.HIGH, "CWE-798", "src/main/java/App.java",
                        3, "AWS access key " + FAKE_SECRET + " in source", "rotate it", "String key = \""
                        + FAKE_SECRET + "\";", "fp-1", true, true, null, Map.of("match", FAKE_SECRET)),
                new Finding("dependency-existence", "package-missing", Severity.CRITICAL, null, "web/package.json", 9,
                        "local-lib does not exist", null, null, "fp-2", null, true, null, Map.of()),
                new Finding("security-patterns", "weak-hash", Severity.LOW, "CWE-328", "tools/report.py", 2,
                        "MD5 used", null, "md5(x)", "fp-3", true, true,
                        new Finding.Suppression("inline", "jane", "test data only", null, true, null), Map.of()));
    }

    static Approval approval() {
        return new Approval("alice", true, Approval.Decision.APPROVED, Instant.parse("2026-01-05T10:30:00Z"),
                "checked the key is a test fixture");
    }

    /** A builder with everything set. */
    static AiBomBuilder fullBuilder(final ProvenanceResult provenance) {
        return new AiBomBuilder().project("shop", "1.4.0", "https://git.example.com/shop.git", null)
                .tool("AI Code Governance", "0.1.0").buildUrl(BUILD_URL).author("Build Bot", "bot@example.com")
                .provenance(provenance).dependencies(dependencies())
                .gates(List.of("dependency-existence", "security-patterns", "typosquat"), findings(), "APPROVAL",
                        "high", 62.5, List.of("1 high finding on AI-written lines", "tier high maps to APPROVAL"))
                .approval(approval())
                .context(new BuildContext("Jenkins", "linux-agent-1", "commit-time", Map.of("job", "shop")))
                .timestamp(TIMESTAMP);
    }
}
