package io.jenkins.plugins.aigov.engine.risk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.jenkins.plugins.aigov.engine.model.OutagePolicy;
import io.jenkins.plugins.aigov.engine.model.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The text form of the risk policy and of a Jenkinsfile's request, and its errors with line numbers.
 */
class RiskPolicyTextTest {
    private static String fixture(final String name) throws IOException {
        try (InputStream in = RiskPolicyTextTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shouldReadTheDefaultsFromEmptyText() throws RiskPolicyException {
        assertThat(RiskPolicyText.parsePolicy("", "empty")).isEqualTo(RiskPolicy.defaults());
        assertThat(RiskPolicyText.parsePolicy(null, "none")).isEqualTo(RiskPolicy.defaults());
    }

    @Test
    void shouldReadAFullPolicy() throws Exception {
        RiskPolicy policy = RiskPolicyText.parsePolicy(fixture("valid-policy.txt"), "valid-policy.txt");

        assertThat(policy.weights().aiShare()).isEqualTo(40);
        assertThat(policy.weights().sensitive(SensitiveCategory.MIGRATIONS)).isEqualTo(15);
        assertThat(policy.weights().provenance("ai-commit-unsigned")).isZero();
        assertThat(policy.thresholds()).isEqualTo(new RiskThresholds(20, 45, 70));
        assertThat(policy.tierOutcomes()).containsEntry(RiskTier.MEDIUM, Outcome.UNSTABLE);
        assertThat(policy.hardRules()).doesNotContainKey(HardRule.WATCHLIST_HIT_FAILS)
                .containsEntry(HardRule.AI_CI_CHANGE_NEEDS_APPROVAL, Outcome.FAIL)
                .containsEntry(HardRule.AI_SENSITIVE_CHANGE_NEEDS_APPROVAL, Outcome.APPROVAL);
        assertThat(policy.outagePolicy()).isEqualTo(OutagePolicy.FAIL_CLOSED);
        assertThat(policy.sensitivePaths().categoriesOf("src/iam/Roles.java")).containsExactly(SensitiveCategory.AUTH);
        assertThat(policy.sensitivePaths().categoriesOf("src/auth/Login.java")).isEmpty();
        assertThat(policy.sensitivePaths().globs(SensitiveCategory.CI))
                .isEqualTo(SensitivePaths.defaults().globs(SensitiveCategory.CI));
    }

    @Test
    void shouldRaiseAllThresholdsInAnyOrder() throws RiskPolicyException {
        RiskPolicy policy = RiskPolicyText.parsePolicy("threshold.medium = 60\nthreshold.high = 80\n"
                + "threshold.critical = 90", "policy.txt");

        assertThat(policy.thresholds()).isEqualTo(new RiskThresholds(60, 80, 90));
    }

    @Test
    void shouldReadItsOwnTextBack() throws Exception {
        RiskPolicy custom = RiskPolicyText.parsePolicy(fixture("valid-policy.txt"), "valid-policy.txt");

        assertThat(RiskPolicyText.parsePolicy(RiskPolicyText.toText(RiskPolicy.defaults()), "defaults"))
                .isEqualTo(RiskPolicy.defaults());
        assertThat(RiskPolicyText.parsePolicy(RiskPolicyText.toText(custom), "custom")).isEqualTo(custom);
    }

    @ParameterizedTest(name = "line {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "weight.ai-share = 30\\nweight.ai-shares = 10 | 2 | unknown weight 'ai-shares' (known: ai-share, sensitive.auth",
        "threshold.high = lots                       | 1 | 'threshold.high' needs a number, got 'lots'",
        "threshold.low = 5                           | 1 | LOW has no threshold",
        "\\nthreshold.medium = 60                     | 2 | thresholds must be positive and ascending (medium <= high <= critical), were medium 60, high 50, critical 75",
        "outcome.medium = FAIL                       | 1 | tier HIGH maps to APPROVAL, which is looser than a lower tier's FAIL",
        "outcome.critical = OUTAGE                   | 1 | 'outcome.critical': unknown outcome 'OUTAGE' (expected PASS, UNSTABLE, APPROVAL or FAIL)",
        "outcome.extreme = FAIL                      | 1 | 'outcome.extreme': unknown tier 'extreme' (expected low, medium, high or critical)",
        "hard-rule.no-friday-deploys = FAIL          | 1 | unknown hard rule 'hard-rule.no-friday-deploys' (known: critical-finding-fails",
        "outage = sometimes                          | 1 | 'outage' must be fail-open or fail-closed, got 'sometimes'",
        "weight.finding.high = -1                    | 1 | weight finding.high must be a number >= 0, was -1.0",
        "weight.finding.ai-factor = 0.5              | 1 | weight finding.ai-factor must be a number >= 1, was 0.5",
        "outage = fail-open\\n\\nOUTAGE = fail-closed  | 3 | 'outage' is set twice (first on line 1)",
        "thresholds.high: 40                         | 1 | expected 'key = value', got 'thresholds.high: 40'",
        "colour = blue                               | 1 | unknown key 'colour'",
        "[paths]                                     | 1 | unknown section '[paths]'",
        "[sensitive-paths]\\nauth: **/iam/**\\nkeys: **/*.pem | 3 | unknown category 'keys'"
    })
    void shouldNameTheLineOfAnError(final String text, final int line, final String message) {
        assertThatThrownBy(() -> RiskPolicyText.parsePolicy(text.replace("\\n", "\n"), "policy.txt"))
                .isInstanceOf(RiskPolicyException.class)
                .hasMessageStartingWith("policy.txt:" + line + ": " + message)
                .satisfies(e -> assertThat(((RiskPolicyException) e).line()).isEqualTo(line))
                .satisfies(e -> assertThat(((RiskPolicyException) e).isUsageError()).isTrue());
    }

    @Test
    void shouldRejectWeightsInARequest() {
        assertThatThrownBy(() -> RiskPolicyText.parseRequest("threshold.high = 40\nweight.ai-share = 0",
                "Jenkinsfile"))
                .isInstanceOf(RiskPolicyException.class)
                .hasMessage("Jenkinsfile:2: 'weight.ai-share': weights are set by the admin only");
    }

    @Test
    void shouldReadARequest() throws Exception {
        RiskPolicyRequest request = RiskPolicyText.parseRequest(fixture("valid-request.txt"), "valid-request.txt");

        assertThat(request.thresholds()).isEqualTo(Map.of(RiskTier.HIGH, 40.0));
        assertThat(request.tierOutcomes()).isEqualTo(Map.of(RiskTier.MEDIUM, Outcome.UNSTABLE));
        assertThat(request.hardRules()).isEqualTo(Map.of(HardRule.AI_SENSITIVE_CHANGE_NEEDS_APPROVAL,
                Outcome.APPROVAL));
        assertThat(request.disabledHardRules()).containsExactly(HardRule.CRITICAL_FINDING_FAILS);
        assertThat(request.outagePolicy()).isEqualTo(OutagePolicy.FAIL_CLOSED);
        assertThat(request.extraSensitivePaths().categoriesOf("src/ledger/Entry.java"))
                .containsExactly(SensitiveCategory.PAYMENTS);
    }

    @Test
    void shouldDocumentEveryDefaultWeightInDocs() throws IOException {
        Path docs = Path.of("..", "docs", "risk.md");
        if (!Files.exists(docs)) {
            docs = Path.of("docs", "risk.md");
        }
        String text = Files.readString(docs);

        RiskWeights.defaults().values().forEach((key, value) -> assertThat(text)
                .as("docs/risk.md lists weight.%s with its default", key)
                .contains("| `weight." + key + "` | " + Points.plain(value) + " |"));
        for (HardRule rule : HardRule.values()) {
            assertThat(text).contains("| `" + rule.id() + "` | " + rule.defaultOutcome() + " | "
                    + (rule.enabledByDefault() ? "on" : "off") + " |");
        }
    }
}
