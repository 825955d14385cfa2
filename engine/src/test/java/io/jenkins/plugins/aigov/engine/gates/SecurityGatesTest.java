package io.jenkins.plugins.aigov.engine.gates;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.AiGovernance;
import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Outcome;
import io.jenkins.plugins.aigov.engine.model.Severity;
import io.jenkins.plugins.aigov.engine.report.GatesJson;
import io.jenkins.plugins.aigov.engine.testing.GitFixture;

import static io.jenkins.plugins.aigov.engine.testing.GitFixture.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security-pattern and config-risk gates over a real repository whose range mixes AI and human commits:
 * which findings are on new lines, which on AI-written ones, suppressions, redaction, and the decision.
 */
class SecurityGatesTest {
    private static final PersonIdent DEV = person("Jane Doe", "jane@example.com");
    private static final String CLAUDE = "\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n";
    private static final String KEY = "AKIAIOSFODNN7EXAMPLE";

    @TempDir
    Path tmp;

    private record Range(Path dir, RevCommit base) {
    }

    private Range repository() {
        Path dir = tmp.resolve("repo");
        try (GitFixture repo = GitFixture.init(dir)) {
            repo.write("tools/old.py", "import subprocess\nsubprocess.run(cmd, shell=True)\n");
            RevCommit base = repo.commit("Old tool", DEV);
            repo.write("tools/old.py", "import subprocess\nsubprocess.run(cmd, shell=True)\nprint('done')\n");
            repo.write("app/deploy.py", "import subprocess\n\ndef deploy(cmd):\n"
                    + "    subprocess.run(cmd, shell=True)\n\nACCESS_KEY = \"" + KEY + "\"\n");
            repo.commit("Add deploy" + CLAUDE, DEV);
            repo.write("Dockerfile", "FROM node:latest\nUSER app\nCMD [\"node\", \"server.js\"]\n");
            repo.write("app/legacy.py", "import os\nos.system(user_input)  # aigov:ignore python-os-system "
                    + "reason=\"sandboxed\" until=2020-01-01\n");
            repo.commit("Add Dockerfile and legacy", DEV);
            return new Range(dir, base);
        }
    }

    private static Finding only(final List<Finding> findings, final String rule, final String file) {
        return findings.stream().filter(f -> f.ruleId().equals(rule) && file.equals(f.file())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in " + file + ": " + findings));
    }

    @Test
    void shouldTellAiWrittenNewLinesFromHumanAndOldOnes() throws Exception {
        Range range = repository();

        GatesResult result = AiGovernance.gates().repository(range.dir()).base(range.base().name()).call().result();

        Finding shell = only(result.findings(), "python-subprocess-shell", "app/deploy.py");
        assertThat(shell.gateId()).isEqualTo("security-patterns");
        assertThat(shell.line()).isEqualTo(4);
        assertThat(shell.newInRange()).isTrue();
        assertThat(shell.aiWritten()).isTrue();
        Finding docker = only(result.findings(), "dockerfile-latest-tag", "Dockerfile");
        assertThat(docker.gateId()).isEqualTo("config-risk");
        assertThat(docker.aiWritten()).isFalse();
        Finding old = only(result.findings(), "python-subprocess-shell", "tools/old.py");
        assertThat(old.newInRange()).isFalse();
    }

    @Test
    void shouldNeverWriteTheSecretAndShouldReportAnExpiredSuppression() throws Exception {
        Range range = repository();

        GatesResult result = AiGovernance.gates().repository(range.dir()).base(range.base().name()).call().result();

        assertThat(GatesJson.write(result)).doesNotContain(KEY);
        assertThat(result.findings()).anyMatch(f -> f.ruleId().equals("aws-access-key-id"));
        Finding legacy = only(result.findings(), "python-os-system", "app/legacy.py");
        assertThat(legacy.suppression()).isNotNull();
        assertThat(legacy.suppression().effective()).isFalse();
        assertThat(legacy.isSuppressed()).isFalse();
    }

    @Test
    void shouldFailOnAnAiWrittenHighFindingWhenAiFailOnSaysSo() throws Exception {
        Range range = repository();

        GatesResult lenient = AiGovernance.gates().repository(range.dir()).base(range.base().name()).call().result();
        GatesResult strict = AiGovernance.gates().repository(range.dir()).base(range.base().name())
                .request(new PolicyRequest(null, null, Severity.HIGH, null, null, null, null, Set.of()))
                .call().result();

        // The AI-written AWS key fails through the risk model (its hard rule fires), whatever the thresholds say.
        assertThat(lenient.decision().outcome()).isEqualTo(Outcome.FAIL);
        assertThat(lenient.decision().explanation()).anyMatch(line -> line.contains("ai-secret-finding-fails"));
        assertThat(lenient.decision().tier()).isNotNull();
        assertThat(strict.decision().outcome()).isEqualTo(Outcome.FAIL);
        assertThat(strict.decision().explanation()).anyMatch(line -> line.contains("AI-written line"));
    }

    @Test
    void shouldNotLetAFindingOnAnOldLineDecideWhenOnlyTheChangeIsJudged() throws Exception {
        Path dir = tmp.resolve("old");
        RevCommit base;
        try (GitFixture repo = GitFixture.init(dir)) {
            repo.write("tools/old.py", "import subprocess\nsubprocess.run(cmd, shell=True)\n");
            base = repo.commit("Old tool", DEV);
            repo.write("tools/old.py", "import subprocess\nsubprocess.run(cmd, shell=True)\nprint('done')\n");
            repo.commit("Print when done", DEV);
        }

        GatesResult changed = AiGovernance.gates().repository(dir).base(base.name()).call().result();
        GatesResult all = AiGovernance.gates().repository(dir).base(base.name())
                .request(new PolicyRequest(null, null, null, null, null, null, Scope.ALL, Set.of())).call().result();

        assertThat(changed.findings()).anyMatch(f -> f.ruleId().equals("python-subprocess-shell"));
        assertThat(changed.decision().outcome()).isEqualTo(Outcome.PASS);
        assertThat(all.decision().outcome()).isEqualTo(Outcome.UNSTABLE);
    }

    @Test
    void shouldTakeInAnotherScannersSarifWithTheSameLineFactsAndSuppressions() throws Exception {
        Range range = repository();
        String sarif = "{\"version\":\"2.1.0\",\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\","
                + "\"runs\":[{\"tool\":{\"driver\":{\"name\":\"Semgrep OSS\",\"rules\":[{\"id\":"
                + "\"python.lang.security.audit.subprocess-shell-true\",\"defaultConfiguration\":{\"level\":"
                + "\"error\"},\"properties\":{\"tags\":[\"CWE-78\"]}}]}},\"results\":["
                + "{\"ruleId\":\"python.lang.security.audit.subprocess-shell-true\",\"level\":\"error\","
                + "\"message\":{\"text\":\"subprocess with shell=True\"},\"locations\":[{\"physicalLocation\":"
                + "{\"artifactLocation\":{\"uri\":\"app/deploy.py\"},\"region\":{\"startLine\":4}}}]}]}]}";
        java.nio.file.Files.createDirectories(range.dir().resolve("build/reports"));
        java.nio.file.Files.writeString(range.dir().resolve("build/reports/semgrep.sarif"), sarif);

        GatesResult result = AiGovernance.gates().repository(range.dir()).base(range.base().name())
                .externalSarif("build/reports/*.sarif").call().result();

        Finding external = result.findings().stream().filter(f -> f.gateId().equals("external-sarif")).findFirst()
                .orElseThrow(() -> new AssertionError(result.findings().toString()));
        assertThat(external.file()).isEqualTo("app/deploy.py");
        assertThat(external.line()).isEqualTo(4);
        assertThat(external.cwe()).isEqualTo("CWE-78");
        assertThat(external.newInRange()).isTrue();
        assertThat(external.aiWritten()).isTrue();
    }
}
