package io.jenkins.plugins.aigov.engine.sarif;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.model.Finding.Suppression;
import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Problem;
import io.jenkins.plugins.aigov.engine.model.Severity;

import static org.assertj.core.api.Assertions.assertThat;

class SarifWriterTest {
    private static final SarifWriter WRITER = new SarifWriter("0.1.0");

    @TempDir
    Path repo;

    private static List<Finding> dependencyFindings() {
        return List.of(
                new Finding("dependency-existence", "package-missing", Severity.CRITICAL, null, "package.json", 14,
                        "npm has no package 'reqeusts-toolbelt'", "remove it", null, "0123abcd0123abcd0123abcd0123abcd",
                        true, true, null, Map.of("package", "reqeusts-toolbelt", "ecosystem", "npm")),
                new Finding("dependency-age", "new-version", Severity.MEDIUM, null, "requirements.txt", 0,
                        "flask 9.9.9 was published 2 days ago", null, null, null, null, null, null,
                        Map.of("package", "flask")),
                new Finding("provenance-policy", "ai-commit-without-owner", Severity.HIGH, null, null, 0,
                        "AI commit 1a2b3c4 has no human owner", null, null, "fedcba98fedcba98fedcba98fedcba98", null,
                        null, null, Map.of("commit", "1a2b3c4")));
    }

    private static List<Finding> scanFindings() {
        return List.of(
                new Finding("security-patterns", "sql-string-concat", Severity.HIGH, "CWE-89", "src/Db.java", 42,
                        "SQL built by string concatenation", "use a PreparedStatement",
                        "stmt.executeQuery(\"SELECT * FROM t WHERE id=\" + id);", "aaaabbbbccccddddaaaabbbbccccdddd",
                        true, true, null, Map.of("title", "SQL built from strings")),
                new Finding("config-risk", "dockerfile-root-user", Severity.LOW, "CWE-250", "docker/My File", 3,
                        "container runs as root", null, "USER root", "11112222333344441111222233334444", false,
                        false, null, Map.of("title", "Runs as root")),
                new Finding("security-patterns", "aws-access-key", Severity.INFO, "CWE-798", "README.md", 7,
                        "example key", null, "AKIA…#sha256:1a2b3c4d", "99998888777766669999888877776666", null,
                        null, null, Map.of()));
    }

    private static List<Finding> suppressedFindings() {
        Suppression inline = new Suppression("inline", null, "input is an enum", null, true, null);
        Suppression expired = new Suppression(".aigov/suppressions.yml", "alice", "legacy", "2020-01-01", false,
                "suppression expired on 2020-01-01");
        Suppression sarif = new Suppression("sarif:external", null, "triaged", null, true, null);
        List<Finding> all = new ArrayList<>();
        all.add(scanFindings().get(0).withSuppression(inline));
        all.add(scanFindings().get(1).withSuppression(expired));
        all.add(new Finding("external-sarif", "codeql/java/sql-injection", Severity.HIGH, "CWE-89",
                "src/main/java/app/AccountController.java", 42, "This query depends on a user-provided value.", null,
                null, "codeql:00112233445566778899aabbccddeeff", null, null, sarif,
                Map.of("tool", "CodeQL", "ruleName", "java/sql-injection",
                        "helpUri", "https://codeql.github.com/codeql-query-help/java/java-sql-injection/")));
        all.addAll(dependencyFindings());
        return all;
    }

    @Test
    void shouldWriteValidLogsForEveryShape() throws Exception {
        for (List<Finding> findings : List.of(dependencyFindings(), scanFindings(), suppressedFindings(),
                List.<Finding>of())) {
            JsonNode log = WRITER.toJson(findings, List.of(new Problem("a.sarif:3", "broken")), true);

            assertThat(SarifSchema.errors(log)).isEmpty();
            assertThat(log.at("/runs/0/results")).hasSize(findings.size());
            assertThat(log.at("/runs/0/tool/driver/name").asText()).isEqualTo("aigov");
            assertThat(log.at("/runs/0/invocations/0/executionSuccessful").asBoolean()).isTrue();
        }
    }

    @Test
    void shouldDescribeRulesAndResults() throws Exception {
        JsonNode log = WRITER.toJson(suppressedFindings(), List.of(), false);
        JsonNode rules = log.at("/runs/0/tool/driver/rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(rule -> ids.add(rule.get("id").asText()));

        assertThat(ids).isSorted().contains("package-missing", "sql-string-concat", "codeql/java/sql-injection");
        JsonNode sqlRule = rules.get(ids.indexOf("sql-string-concat"));
        assertThat(sqlRule.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(sqlRule.at("/properties/security-severity").asText()).isEqualTo("8.0");
        assertThat(sqlRule.at("/properties/tags").toString()).contains("CWE-89", "external/cwe/cwe-89",
                "security-patterns");
        assertThat(sqlRule.at("/helpUri").asText()).endsWith("docs/rules.md#rules");
        assertThat(rules.get(ids.indexOf("codeql/java/sql-injection")).at("/helpUri").asText())
                .startsWith("https://codeql.github.com/");
        assertThat(log.at("/runs/0/invocations/0/executionSuccessful").asBoolean()).isFalse();

        JsonNode results = log.at("/runs/0/results");
        JsonNode range = results.get(0); // no file sorts first
        assertThat(range.at("/locations/0/physicalLocation").isMissingNode()).isTrue();
        assertThat(range.at("/locations/0/logicalLocations/0/name").asText()).isEqualTo("1a2b3c4");
        JsonNode manifest = find(results, "package.json");
        assertThat(manifest.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(14);
        assertThat(manifest.at("/locations/0/logicalLocations/0/name").asText()).isEqualTo("reqeusts-toolbelt");
        assertThat(manifest.at("/partialFingerprints/aigov~1v1").asText())
                .isEqualTo("0123abcd0123abcd0123abcd0123abcd");
        assertThat(manifest.at("/properties/aiWritten").asBoolean()).isTrue();
        assertThat(manifest.at("/properties/severity").asText()).isEqualTo("critical");
        assertThat(manifest.at("/ruleIndex").asInt()).isEqualTo(ids.indexOf("package-missing"));
        assertThat(find(results, "requirements.txt").at("/locations/0/physicalLocation/region").isMissingNode())
                .isTrue();
        JsonNode inline = find(results, "src/Db.java");
        assertThat(inline.at("/suppressions/0/kind").asText()).isEqualTo("inSource");
        assertThat(inline.at("/suppressions/0/status").asText()).isEqualTo("accepted");
        assertThat(inline.at("/suppressions/0/justification").asText()).isEqualTo("input is an enum");
        JsonNode expired = find(results, "docker/My%20File");
        assertThat(expired.has("suppressions")).isFalse();
        assertThat(expired.at("/properties/suppressionProblem").asText()).contains("expired");
        assertThat(expired.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText())
                .isEqualTo("SRCROOT");
    }

    private static JsonNode find(final JsonNode results, final String uri) {
        for (JsonNode result : results) {
            if (uri.equals(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())) {
                return result;
            }
        }
        throw new AssertionError("no result at " + uri);
    }

    @Test
    void shouldWriteTheSameBytesWhateverTheInputOrder() throws Exception {
        List<Finding> shuffled = new ArrayList<>(suppressedFindings());
        Collections.reverse(shuffled);

        assertThat(write(shuffled)).isEqualTo(write(suppressedFindings()));
    }

    private static String write(final List<Finding> findings) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WRITER.write(findings, List.of(), true, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldReadItsOwnLogBack() throws Exception {
        List<Finding> original = suppressedFindings();
        byte[] bytes = write(original).getBytes(StandardCharsets.UTF_8);

        SarifImport back = new SarifReader(repo).read("ai-gates.sarif", new ByteArrayInputStream(bytes));

        assertThat(back.problems()).isEmpty();
        assertThat(back.findings()).hasSize(original.size());
        for (Finding before : original) {
            Finding after = back.findings().stream().filter(f -> f.ruleId().equals("aigov/" + before.ruleId()))
                    .findFirst().orElseThrow();
            assertThat(after.severity()).as(before.ruleId()).isEqualTo(before.severity());
            assertThat(after.file()).as(before.ruleId()).isEqualTo(before.file());
            assertThat(after.line()).as(before.ruleId()).isEqualTo(before.line());
            assertThat(after.cwe()).as(before.ruleId()).isEqualTo(before.cwe());
            assertThat(after.isSuppressed()).as(before.ruleId()).isEqualTo(before.isSuppressed());
        }
    }

    @Test
    void shouldRejectLogsTheSchemaRejects() throws Exception {
        ObjectNode log = (ObjectNode) WRITER.toJson(scanFindings(), List.of(), true);
        ((ObjectNode) log.at("/runs/0/results/0")).put("level", "fatal");
        log.remove("version");

        assertThat(SarifSchema.errors(log)).hasSizeGreaterThanOrEqualTo(2)
                .anySatisfy(error -> assertThat(error).contains("version"))
                .anySatisfy(error -> assertThat(error).contains("level"));
        assertThat(new InvalidSarifException(SarifSchema.errors(log)).getMessage())
                .startsWith("the SARIF log is not valid SARIF 2.1.0");
    }

    @Test
    void shouldValidateTheRealToolFixturesAgainstTheSchema() throws Exception {
        for (String name : List.of("valid-semgrep.sarif", "valid-codeql.sarif", "valid-spotbugs-findsecbugs.sarif",
                "valid-gitleaks.sarif", "valid-eslint-security.sarif")) {
            JsonNode fixture = SarifJson.MAPPER.readTree(SarifFixtures.text(name, repo));
            assertThat(SarifSchema.errors(fixture)).as(name).isEmpty();
        }
    }
}
