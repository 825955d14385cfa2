package io.jenkins.plugins.aigov.engine.scan;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleLoaderTest {
    private static final String VALID = """
            rules:
              - id: internal-endpoint
                title: Internal endpoint
                severity: medium
                cwe: CWE-200
                gate: security-patterns
                languages: [python]
                keywords: [internal.corp]
                pattern: 'https?://[a-z0-9.-]+\\.internal\\.corp\\b'
                message: An internal host name is written into the source.
                samples:
                  truePositives:
                    - file: app/client.py
                      content: |
                        BASE = "https://billing.internal.corp/api"
                  falsePositives:
                    - file: app/client.py
                      content: |
                        BASE = os.environ["BILLING_URL"]
            """;

    @Test
    void shouldLoadEveryShippedFamily() {
        assertThat(RuleSet.builtIn().rules()).extracting(Rule::family).containsAll(RuleSet.FAMILIES);
        assertThat(RuleSet.builtIn().rules()).hasSizeGreaterThan(60);
    }

    @Test
    void shouldRejectABadRegexNamingRuleAndField() {
        assertRejected(VALID.replace("pattern: 'https?", "pattern: '(https?"), "internal-endpoint", "pattern",
                "bad regular expression");
    }

    @Test
    void shouldRejectAnUnknownField() {
        assertRejected(VALID.replace("    title:", "    colour: red\n    title:"), "internal-endpoint", "colour",
                "unknown field");
    }

    @Test
    void shouldRejectAMissingId() {
        assertRejected(VALID.replace("  - id: internal-endpoint\n    title", "  - title"), "#0", "id", "missing id");
    }

    @Test
    void shouldRejectADuplicateId() {
        String twice = VALID + VALID.substring(VALID.indexOf("  - id"));
        assertRejected(twice, "internal-endpoint", "id", "duplicate id");
    }

    @Test
    void shouldRejectABadSeverity() {
        assertRejected(VALID.replace("severity: medium", "severity: scary"), "internal-endpoint", "severity",
                "unknown severity 'scary'");
    }

    @Test
    void shouldRejectOtherBrokenFields() {
        assertRejected(VALID.replace("id: internal-endpoint", "id: Internal_Endpoint"), "Internal_Endpoint", "id",
                "kebab-case");
        assertRejected(VALID.replace("CWE-200", "CWE200"), "internal-endpoint", "cwe", "CWE-");
        assertRejected(VALID.replace("gate: security-patterns", "gate: typosquat"), "internal-endpoint", "gate",
                "security-patterns or config-risk");
        assertRejected(VALID.replace("languages: [python]", "languages: [cobol]"), "internal-endpoint",
                "languages", "cobol");
        assertRejected(VALID.replace("    message: An internal host name is written into the source.\n", ""),
                "internal-endpoint", "message", "missing");
        assertRejected(VALID.replace("keywords: [internal.corp]", "keywords: []"), "internal-endpoint", "keywords",
                "non-empty");
        assertRejected(VALID.replace("    message:", "    entropyMin: 3.5\n    message:"), "internal-endpoint",
                "entropyMin", "(?P<secret>");
        assertRejected(VALID.replace("    message:", "    requires: {pattern: 'x', within: 5000}\n    message:"),
                "internal-endpoint", "requires.within", "whole number");
        assertRejected(VALID.replace("    message:", "    kind: magic\n    message:"), "internal-endpoint", "kind",
                "unknown kind 'magic'");
        assertRejected(VALID.replace("      truePositives:", "      truePositive:"), "internal-endpoint",
                "samples.truePositive", "unknown field");
    }

    @Test
    void shouldAddDisableAndReRateAsAnAdmin() throws RuleException {
        RuleSet rules = RuleSet.builtIn().withOverrides(Set.of("jwt-token"),
                Map.of("weak-cipher", Severity.CRITICAL), VALID);

        assertThat(rules.rule("jwt-token")).isNull();
        assertThat(rules.rule("weak-cipher").severity()).isEqualTo(Severity.CRITICAL);
        assertThat(rules.rule("internal-endpoint").family()).isEqualTo("admin");
        List<Finding> findings = new Scanner(rules).scan("app/client.py",
                "BASE = \"https://billing.internal.corp/api\"\n");
        assertThat(findings).extracting(Finding::ruleId).containsExactly("internal-endpoint");
    }

    @Test
    void shouldRejectABrokenAdminRuleTheSameWay() {
        assertThatThrownBy(() -> RuleSet.builtIn().withOverrides(Set.of(), Map.of(),
                VALID.replace("severity: medium", "severity: urgent")))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("admin rules").hasMessageContaining("'internal-endpoint'")
                .hasMessageContaining("field 'severity'");
    }

    @Test
    void shouldRejectAnAdminRuleWhoseSamplesDoNotHold() {
        assertThatThrownBy(() -> RuleSet.builtIn().withOverrides(Set.of(), Map.of(),
                VALID.replace("billing.internal.corp/api", "billing.example.org/api")))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("'internal-endpoint'").hasMessageContaining("samples.truePositives[0]");
    }

    @Test
    void shouldRejectAnAdminRuleThatClashesWithAShippedId() {
        assertThatThrownBy(() -> RuleSet.builtIn().withOverrides(Set.of(), Map.of(),
                VALID.replace("id: internal-endpoint", "id: weak-cipher")))
                .isInstanceOf(RuleException.class).hasMessageContaining("'weak-cipher'")
                .hasMessageContaining("field 'id'").hasMessageContaining("duplicate");
    }

    @Test
    void shouldRejectOverridesOfUnknownRules() {
        assertThatThrownBy(() -> RuleSet.builtIn().withOverrides(Set.of("no-such-rule"), Map.of(), null))
                .isInstanceOf(RuleException.class).hasMessageContaining("'no-such-rule'")
                .hasMessageContaining("field 'disabled'");
        assertThatThrownBy(() -> RuleSet.builtIn().withOverrides(Set.of(), Map.of("nope", Severity.LOW), null))
                .isInstanceOf(RuleException.class).hasMessageContaining("'nope'")
                .hasMessageContaining("field 'severity'");
    }

    @Test
    void shouldNameTheLineOfTheBrokenRule() {
        String second = VALID + VALID.substring(VALID.indexOf("  - id")).replace("internal-endpoint", "other-endpoint")
                .replace("cwe: CWE-200", "cwe: 200");

        assertThatThrownBy(() -> RuleSet.parse("custom.yml", second, "custom"))
                .isInstanceOfSatisfying(RuleException.class, e -> {
                    assertThat(e.getMessage()).startsWith("custom.yml:20: rule 'other-endpoint': field 'cwe': ");
                    assertThat(e.line()).isEqualTo(20);
                    assertThat(e.ruleId()).isEqualTo("other-endpoint");
                    assertThat(e.field()).isEqualTo("cwe");
                });
        assertThatThrownBy(() -> RuleSet.parse("custom.yml", VALID + VALID.substring(VALID.indexOf("  - id")),
                "custom")).hasMessageStartingWith("custom.yml:20: rule 'internal-endpoint': field 'id': duplicate id");
    }

    @Test
    void shouldNameTheLineOfAYamlSyntaxError() {
        assertThatThrownBy(() -> RuleSet.parse("custom.yml", "rules:\n  - id: a\n   title: [unclosed\n", "custom"))
                .isInstanceOfSatisfying(RuleException.class, e -> {
                    assertThat(e.getMessage()).startsWith("custom.yml:" + e.line() + ": not valid YAML: ");
                    assertThat(e.line()).isBetween(2, 4);
                    assertThat(e.ruleId()).isNull();
                });
    }

    @Test
    void shouldNameTheSourceGivenForAdminRules() {
        assertThatThrownBy(() -> RuleSet.builtIn().withOverrides(Set.of(), Map.of(),
                VALID.replace("keywords: [internal.corp]", "keywords: internal.corp"), "team-rules.yml"))
                .hasMessage("team-rules.yml:2: rule 'internal-endpoint': field 'keywords': expected a non-empty list"
                        + " of strings");
    }

    @Test
    void shouldReadJsonRulesToo() throws RuleException {
        String json = """
                {"rules": [{"id": "todo-secret", "title": "t", "severity": "low", "cwe": "CWE-546",
                  "gate": "security-patterns", "keywords": ["todo"], "pattern": "TODO: remove secret",
                  "message": "m", "samples": {"truePositives": [{"file": "a.go", "content": "// TODO: remove secret"}]}}]}
                """;
        assertThat(RuleSet.parse("rules.json", json, "custom").rule("todo-secret").family()).isEqualTo("custom");
    }

    private static void assertRejected(final String text, final String id, final String field, final String what) {
        assertThatThrownBy(() -> RuleSet.parse("custom.yml", text, "custom"))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("custom.yml")
                .hasMessageContaining("rule '" + id + "'")
                .hasMessageContaining("field '" + field + "'")
                .hasMessageContaining(what);
    }
}
