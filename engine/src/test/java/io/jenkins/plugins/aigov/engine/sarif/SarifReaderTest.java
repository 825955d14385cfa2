package io.jenkins.plugins.aigov.engine.sarif;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Problem;
import io.jenkins.plugins.aigov.engine.model.Severity;

import static org.assertj.core.api.Assertions.assertThat;

class SarifReaderTest {
    @TempDir
    Path repo;

    private static Map<String, Finding> byRule(final SarifImport result) {
        return result.findings().stream().collect(Collectors.toMap(Finding::ruleId, Function.identity(),
                (a, b) -> a));
    }

    @Test
    void shouldReadSemgrepWithTagCwesLevelsAndSuppressions() throws IOException {
        SarifImport result = SarifFixtures.read("valid-semgrep.sarif", repo);

        assertThat(result.problems()).isEmpty();
        assertThat(result.findings()).hasSize(4); // the 'absent' result is skipped
        Map<String, Finding> rules = byRule(result);
        Finding sql = rules.get("semgrep-oss/python.lang.security.audit.formatted-sql-query.formatted-sql-query");
        assertThat(sql.gateId()).isEqualTo("external-sarif");
        assertThat(sql.severity()).isEqualTo(Severity.HIGH);
        assertThat(sql.cwe()).isEqualTo("CWE-89");
        assertThat(sql.file()).isEqualTo("app/views.py");
        assertThat(sql.line()).isEqualTo(14);
        assertThat(sql.snippet()).startsWith("cursor.execute(");
        assertThat(sql.fingerprint()).matches("semgrep-oss:[0-9a-f]{32}");
        assertThat(sql.suppression()).isNull();
        assertThat(sql.evidence()).containsEntry("tool", "Semgrep OSS").containsEntry("toolVersion", "1.85.0")
                .containsEntry("helpUri", "https://semgrep.dev/r/python.lang.security.audit.formatted-sql-query"
                        + ".formatted-sql-query")
                .containsEntry("sarifFile", "reports/valid-semgrep.sarif");

        Finding shell = rules.get("semgrep-oss/python.lang.security.audit.subprocess-shell-true"
                + ".subprocess-shell-true");
        assertThat(shell.cwe()).isEqualTo("CWE-78");
        assertThat(shell.isSuppressed()).isFalse();
        assertThat(shell.suppression().source()).isEqualTo("sarif:inSource");
        assertThat(shell.suppression().problem()).contains("without a reason");

        Finding cookie = rules.get("semgrep-oss/javascript.express.security.audit.express-cookie-settings"
                + ".express-cookie-session-no-httponly");
        assertThat(cookie.severity()).isEqualTo(Severity.LOW);
        assertThat(cookie.isSuppressed()).isTrue();
        assertThat(cookie.suppression().source()).isEqualTo("sarif:external");
        assertThat(cookie.suppression().reason()).contains("SEC-412");
    }

    @Test
    void shouldReadCodeqlRulesFromExtensionsWithSecuritySeverity() throws IOException {
        SarifImport result = SarifFixtures.read("valid-codeql.sarif", repo);

        assertThat(result.problems()).isEmpty();
        Map<String, Finding> rules = byRule(result);
        Finding sql = rules.get("codeql/java/sql-injection");
        assertThat(sql.severity()).isEqualTo(Severity.HIGH); // 8.8
        assertThat(sql.cwe()).isEqualTo("CWE-89"); // external/cwe/cwe-089
        assertThat(sql.file()).isEqualTo("src/main/java/app/AccountController.java");
        assertThat(sql.line()).isEqualTo(42);
        assertThat(sql.evidence()).containsEntry("toolVersion", "2.18.4")
                .containsEntry("ruleName", "java/sql-injection");
        assertThat(rules.get("codeql/java/insecure-cookie").severity()).isEqualTo(Severity.MEDIUM); // 5.0
        assertThat(rules.get("codeql/java/insecure-cookie").file())
                .isEqualTo("src/main/java/app/Session Utils.java"); // from artifacts[1], percent-decoded
        assertThat(rules.get("codeql/java/unsafe-deserialization").severity()).isEqualTo(Severity.CRITICAL);
        assertThat(rules.get("codeql/java/unused-parameter").severity()).isEqualTo(Severity.LOW); // note
        assertThat(rules.get("codeql/java/unused-parameter").cwe()).isNull();
        // same primaryLocationLineHash, different rules: different fingerprints, both from the tool's hashes
        assertThat(sql.fingerprint()).startsWith("codeql:")
                .isNotEqualTo(rules.get("codeql/java/unsafe-deserialization").fingerprint());
    }

    @Test
    void shouldReadSpotbugsWithFileUrisBaseIdsRelationshipsAndMessageStrings() throws IOException {
        SarifImport result = SarifFixtures.read("valid-spotbugs-findsecbugs.sarif", repo);

        assertThat(result.problems()).isEmpty();
        Map<String, Finding> rules = byRule(result);
        Finding sql = rules.get("spotbugs/SQL_INJECTION_JDBC");
        assertThat(sql.file()).isEqualTo("src/main/java/app/AccountController.java");
        assertThat(sql.line()).isEqualTo(57);
        assertThat(sql.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(sql.cwe()).isEqualTo("CWE-89");
        Finding cipher = rules.get("spotbugs/CIPHER_INTEGRITY");
        assertThat(cipher.file()).isEqualTo("src/main/java/app/Crypto.java");
        assertThat(cipher.severity()).isEqualTo(Severity.HIGH);
        assertThat(cipher.cwe()).isEqualTo("CWE-353");
        Finding random = rules.get("spotbugs/PREDICTABLE_RANDOM");
        assertThat(random.message()).isEqualTo("The use of java.util.Random is predictable");
        assertThat(random.severity()).isEqualTo(Severity.LOW);
        assertThat(random.fingerprint()).matches("spotbugs:[0-9a-f]{32}");
    }

    @Test
    void shouldApplyPerToolLevelOverrides() throws IOException {
        LevelMapping levels = LevelMapping.defaults().withOverride("SpotBugs", "warning", Severity.HIGH);
        SarifReader reader = new SarifReader(repo).withLevels(levels);
        SarifImport result = reader.read(SarifFixtures.copy("valid-spotbugs-findsecbugs.sarif", repo, "sb.sarif"));

        assertThat(byRule(result).get("spotbugs/SQL_INJECTION_JDBC").severity()).isEqualTo(Severity.HIGH);
        assertThat(levels.severity("semgrep-oss", "warning")).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void shouldMapSecuritySeverityLikeGithub() {
        assertThat(LevelMapping.fromScore(9.0)).isEqualTo(Severity.CRITICAL);
        assertThat(LevelMapping.fromScore(8.9)).isEqualTo(Severity.HIGH);
        assertThat(LevelMapping.fromScore(7.0)).isEqualTo(Severity.HIGH);
        assertThat(LevelMapping.fromScore(6.9)).isEqualTo(Severity.MEDIUM);
        assertThat(LevelMapping.fromScore(4.0)).isEqualTo(Severity.MEDIUM);
        assertThat(LevelMapping.fromScore(0.1)).isEqualTo(Severity.LOW);
        assertThat(LevelMapping.fromScore(0.0)).isEqualTo(Severity.INFO);
        LevelMapping levels = LevelMapping.defaults();
        assertThat(levels.severity("x", "error")).isEqualTo(Severity.HIGH);
        assertThat(levels.severity("x", "none")).isEqualTo(Severity.INFO);
    }

    @Test
    void shouldResolveOriginalUriBaseIdsOfEslint() throws IOException {
        SarifImport result = SarifFixtures.read("valid-eslint-security.sarif", repo);

        assertThat(result.problems()).isEmpty();
        assertThat(result.findings()).extracting(Finding::ruleId, Finding::file, Finding::line, Finding::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("eslint/security/detect-child-process", "web/server.js",
                                48, Severity.HIGH),
                        org.assertj.core.groups.Tuple.tuple("eslint/security/detect-object-injection",
                                "web/routes/users.js", 19, Severity.MEDIUM));
        assertThat(result.findings().get(0).evidence()).containsEntry("toolVersion", "8.57.0")
                .containsKey("helpUri");
    }

    @Test
    void shouldReportInvalidJsonWithItsLine() throws IOException {
        SarifImport result = SarifFixtures.read("invalid-json.sarif", repo);

        assertThat(result.findings()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.where()).isEqualTo("reports/invalid-json.sarif:7");
            assertThat(problem.message()).startsWith("not valid JSON");
        });
    }

    @Test
    void shouldRefuseSarif20() throws IOException {
        SarifImport result = SarifFixtures.read("invalid-version-2.0.sarif", repo);

        assertThat(result.findings()).isEmpty();
        assertThat(result.problems()).extracting(Problem::message)
                .containsExactly("SARIF version '2.0.0' is not supported (only 2.1.0); not read");
    }

    @Test
    void shouldReportMissingRuns() throws IOException {
        SarifImport result = SarifFixtures.read("invalid-missing-runs.sarif", repo);

        assertThat(result.problems()).extracting(Problem::toString)
                .containsExactly("reports/invalid-missing-runs.sarif: no 'runs' array; not a SARIF log");
    }

    @Test
    void shouldReportMissingFieldsWithTheirLines() throws IOException {
        SarifImport result = SarifFixtures.read("invalid-result-fields.sarif", repo);

        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "reports/invalid-result-fields.sarif:4: run has no tool.driver.name; its results are reported under"
                        + " 'unknown-tool'",
                "reports/invalid-result-fields.sarif:11: result 'no-message' has no message; skipped",
                "reports/invalid-result-fields.sarif:15: result has no ruleId; reported as 'unknown-rule'",
                "reports/invalid-result-fields.sarif:15: unknown level 'loud'; read as 'warning'",
                "reports/invalid-result-fields.sarif:21: a result is not a JSON object; skipped");
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("unknown-tool/unknown-rule");
            assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(finding.file()).isNull();
        });
    }

    @Test
    void shouldKeepLocationsOutsideTheRepositoryRawWithAProblem() throws IOException {
        SarifImport result = SarifFixtures.read("invalid-path-traversal.sarif", repo);

        assertThat(result.findings()).extracting(Finding::file)
                .containsExactly("../../etc/passwd", "file:///etc/passwd", "../../../etc/shadow");
        assertThat(result.problems()).hasSize(3).allSatisfy(problem -> {
            assertThat(problem.where()).startsWith("reports/invalid-path-traversal.sarif:");
            assertThat(problem.message()).contains("outside the repository");
        });
    }

    @Test
    void shouldStopAtTheSizeCapWhileStreaming() {
        long size = 60L * 1024 * 1024;
        SarifImport result = new SarifReader(repo).read("huge.sarif", new GeneratedSarif(size));

        assertThat(result.findings()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.where()).isEqualTo("huge.sarif");
            assertThat(problem.message()).contains("52428800-byte cap");
        });
    }

    @Test
    void shouldRefuseDeepNestingAndNonObjects() {
        String deep = "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":" + "[".repeat(200) + "]".repeat(200) + "}]}";
        SarifImport nested = new SarifReader(repo).read("deep.sarif",
                new ByteArrayInputStream(deep.getBytes(StandardCharsets.UTF_8)));
        SarifImport array = new SarifReader(repo).read("array.sarif",
                new ByteArrayInputStream("[1, 2]".getBytes(StandardCharsets.UTF_8)));

        assertThat(nested.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("JSON"));
        assertThat(array.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("array.sarif:1");
            assertThat(p.message()).contains("a SARIF log is a JSON object");
        });
    }

    @Test
    void shouldNormaliseToolNames() {
        assertThat(ToolNames.normalise("Semgrep OSS")).isEqualTo("semgrep-oss");
        assertThat(ToolNames.normalise("CodeQL")).isEqualTo("codeql");
        assertThat(ToolNames.normalise(" SpotBugs ")).isEqualTo("spotbugs");
        assertThat(ToolNames.normalise(null)).isEqualTo("unknown-tool");
    }
}
