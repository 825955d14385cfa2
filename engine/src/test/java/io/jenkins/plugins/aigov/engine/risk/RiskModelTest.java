package io.jenkins.plugins.aigov.engine.risk;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.jenkins.plugins.aigov.engine.model.Decision;
import io.jenkins.plugins.aigov.engine.model.Outcome;
import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Origin;
import io.jenkins.plugins.aigov.engine.model.Severity;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;

import static io.jenkins.plugins.aigov.engine.risk.Changes.finding;
import static io.jenkins.plugins.aigov.engine.risk.Changes.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Scores, tiers, outcomes and explanations of the risk model under the default policy.
 */
class RiskModelTest {
    private static final RiskPolicy DEFAULTS = RiskPolicy.defaults();

    private static RiskAssessment assess(final ProvenanceResult provenance, final List<Finding> findings) {
        return RiskModel.assess(RiskInput.of(provenance, findings, 0, List.of(), DEFAULTS));
    }

    /** A realistic AI pull request: an AI commit adds a login filter and a dependency, a human fixes a test. */
    private static ProvenanceResult aiFeature() {
        return Changes.range()
                .commit("a1", Origin.AI_ASSISTED).commit("h1", Origin.HUMAN).deleted("h1", 20)
                .file("src/main/java/app/auth/LoginFilter.java", 240, 0, "a1")
                .file("src/main/java/app/web/Routes.java", 58, 40, "a1", "h1")
                .file("src/test/java/app/auth/LoginFilterTest.java", 0, 142, "h1")
                .file("pom.xml", 0, 0, "a1")
                .policyFinding("ai-commit-unsigned", "low", "a1")
                .policyFinding("spoofable-evidence-only", "low", "a1")
                .build();
    }

    @Test
    void shouldExplainAiShareWithItsNumbers() {
        RiskAssessment assessment = assess(aiFeature(), List.of());

        assertThat(assessment.contributions().get(0)).isEqualTo(new Contribution("ai-share", 18.6,
                "AI wrote 62 % of 480 added lines (30 points at 100 %): +18.6"));
    }

    @Test
    void shouldListEveryContributionWithReasonsThatAddUpToTheScore() {
        List<Finding> findings = List.of(
                finding("security-patterns", "java-sql-concat", Severity.HIGH, "CWE-89",
                        "src/main/java/app/web/Routes.java", 41, true),
                finding("dependency-age", "new-version", Severity.MEDIUM, "pom.xml", 30, false));
        RiskAssessment assessment = RiskModel.assess(RiskInput.of(aiFeature(), findings, 1, List.of(), DEFAULTS));

        assertThat(assessment.contributions()).extracting(Contribution::factor).containsExactly("ai-share",
                "sensitive.auth", "sensitive.dependency-manifests", "size.lines", "size.files", "finding.high.ai",
                "finding.medium", "new-dependency", "provenance.ai-commit-unsigned",
                "provenance.spoofable-evidence-only");
        assertThat(assessment.contributions()).extracting(Contribution::reason).containsExactly(
                "AI wrote 62 % of 480 added lines (30 points at 100 %): +18.6",
                "authentication / authorisation changed by an AI commit: "
                        + "src/main/java/app/auth/LoginFilter.java (12 x 1.5): +18.0",
                "dependency manifests changed by an AI commit: pom.xml (4 x 1.5): +6.0",
                "500 lines changed (480 added, 20 deleted; log scale, 10 points at 5000 or more): +7.3",
                "4 files changed (log scale, 5 points at 100 or more): +1.7",
                "1 high finding on AI-written lines (10 x 1.5 each), security-patterns/java-sql-concat at "
                        + "src/main/java/app/web/Routes.java:41: +15.0",
                "1 medium finding (4 each), dependency-age/new-version at pom.xml:30: +4.0",
                "1 new dependency (2 each, at most 20): +2.0",
                "1 x ai-commit-unsigned (1 each), first: AI commit a1 broke ai-commit-unsigned: +1.0",
                "1 x spoofable-evidence-only (2 each), first: AI commit a1 broke spoofable-evidence-only: +2.0");
        double sum = assessment.contributions().stream().mapToDouble(Contribution::points).sum();
        assertThat(assessment.score()).isEqualTo(75.6).isCloseTo(sum, within(1e-9));
        assertThat(assessment.tier()).isEqualTo(RiskTier.CRITICAL);
        assertThat(assessment.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(assessment.reason()).isEqualTo("FAIL: risk CRITICAL (score 75.6)");
    }

    @ParameterizedTest(name = "{0} high + {1} medium + {2} low findings: {3} {4} → {5}")
    @CsvSource({
        "0, 0, 0,  0, LOW,      PASS",
        "2, 1, 0, 24, LOW,      PASS",
        "2, 1, 1, 25, MEDIUM,   PASS",
        "4, 2, 1, 49, MEDIUM,   PASS",
        "5, 0, 0, 50, HIGH,     APPROVAL",
        "7, 1, 0, 74, HIGH,     APPROVAL",
        "7, 1, 1, 75, CRITICAL, FAIL",
        "9, 0, 0, 90, CRITICAL, FAIL"
    })
    void shouldPutEveryScoreInItsTierWithItsOutcome(final int high, final int medium, final int low,
            final double score, final RiskTier tier, final Outcome outcome) {
        List<Finding> findings = new ArrayList<>(findings(high, Severity.HIGH));
        findings.addAll(findings(medium, Severity.MEDIUM));
        findings.addAll(findings(low, Severity.LOW));

        RiskAssessment assessment = assess(null, findings);

        assertThat(assessment.score()).isEqualTo(score);
        assertThat(assessment.tier()).isEqualTo(tier);
        assertThat(assessment.outcome()).isEqualTo(outcome);
        assertThat(assessment.hardRulesFired()).isEmpty();
    }

    @Test
    void shouldMapMediumToUnstableWhenThePolicySaysSo() {
        RiskPolicy policy = DEFAULTS.withTierOutcome(RiskTier.MEDIUM, Outcome.UNSTABLE);

        RiskAssessment assessment = RiskModel.assess(RiskInput.of(null, findings(3, Severity.HIGH), 0, List.of(),
                policy));

        assertThat(assessment.tier()).isEqualTo(RiskTier.MEDIUM);
        assertThat(assessment.outcome()).isEqualTo(Outcome.UNSTABLE);
        assertThat(assessment.reason()).isEqualTo("UNSTABLE: risk MEDIUM (score 30)");
    }

    @Test
    void shouldNotCountSuppressedFindings() {
        List<Finding> findings = new ArrayList<>(findings(5, Severity.HIGH));
        List<Finding> suppressed = findings.stream().map(Changes::suppressed).toList();

        RiskAssessment counted = assess(null, findings);
        RiskAssessment notCounted = assess(null, suppressed);

        assertThat(counted.score()).isEqualTo(50);
        assertThat(notCounted.score()).isZero();
        assertThat(notCounted.outcome()).isEqualTo(Outcome.PASS);
        assertThat(notCounted.contributions()).extracting(Contribution::reason)
                .contains("5 suppressed findings not counted: +0.0");
    }

    @Test
    void shouldNotCountSuppressedCriticalFindingsInHardRules() {
        Finding critical = finding("security-patterns", "aws-secret-access-key", Severity.CRITICAL, "CWE-798",
                "src/Config.java", 4, true);

        RiskAssessment assessment = assess(null, List.of(Changes.suppressed(critical)));

        assertThat(assessment.hardRulesFired()).isEmpty();
        assertThat(assessment.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void shouldCapTheScoreWithAnExplainedContribution() {
        RiskAssessment assessment = assess(null, findings(12, Severity.HIGH));

        assertThat(assessment.score()).isEqualTo(100);
        Contribution cap = assessment.contributions().get(assessment.contributions().size() - 1);
        assertThat(cap).isEqualTo(new Contribution("score.max", -20.0, "score capped at 100 (sum 120): -20.0"));
        assertThat(assessment.contributions().stream().mapToDouble(Contribution::points).sum())
                .isCloseTo(100, within(1e-9));
    }

    @Test
    void shouldSayWhenNoProvenanceWasGiven() {
        RiskAssessment assessment = assess(null, List.of());

        assertThat(assessment.contributions()).containsExactly(new Contribution("no-provenance", 0,
                "no provenance for the range: AI share, sensitive paths and change size are not scored: +0.0"));
        assertThat(assessment.score()).isZero();
        assertThat(assessment.tier()).isEqualTo(RiskTier.LOW);
    }

    @Test
    void shouldScoreProvenancePolicyFindingsByRuleIdAndNotAgainAsGateFindings() {
        ProvenanceResult provenance = Changes.range().commit("a1", Origin.AI_GENERATED)
                .file("README.md", 10, 0, "a1")
                .policyFinding("ai-commit-without-owner", "high", "a1")
                .policyFinding("ai-commit-without-model", "medium", "a1").build();
        Finding sameAsGateFinding = finding("provenance-policy", "ai-commit-without-owner", Severity.HIGH, null, 0,
                null);

        RiskAssessment assessment = assess(provenance, List.of(sameAsGateFinding));

        assertThat(assessment.contributions()).extracting(Contribution::factor)
                .contains("provenance.ai-commit-without-model", "provenance.ai-commit-without-owner")
                .doesNotContain("finding.high");
        assertThat(assessment.contributions()).filteredOn(c -> c.factor().startsWith("provenance."))
                .extracting(Contribution::points).containsExactly(3.0, 8.0);
    }

    @Test
    void shouldGiveMorePointsWhenAnAiCommitTouchesASensitivePath() {
        ProvenanceResult byHuman = Changes.range().commit("h1", Origin.HUMAN)
                .file("src/payments/Refunds.java", 0, 30, "h1").build();
        ProvenanceResult byAi = Changes.range().commit("a1", Origin.AI_ASSISTED)
                .file("src/payments/Refunds.java", 0, 30, "a1").build();

        assertThat(contribution(assess(byHuman, List.of()), "sensitive.payments").points()).isEqualTo(12.0);
        assertThat(contribution(assess(byAi, List.of()), "sensitive.payments").points())
                .as("an AI commit that wrote no line of its own still counts").isEqualTo(18.0);
    }

    @Test
    void shouldRecordTheDecisionWithTierScoreAndExplanation() {
        RiskAssessment assessment = assess(aiFeature(), List.of());

        Decision decision = assessment.toDecision();

        assertThat(decision.outcome()).isEqualTo(assessment.outcome());
        assertThat(decision.reason()).isEqualTo(assessment.reason());
        assertThat(decision.tier()).isEqualTo("HIGH");
        assertThat(decision.score()).isEqualTo(assessment.score()).isEqualTo(54.6);
        assertThat(decision.outcome()).isEqualTo(Outcome.APPROVAL);
        assertThat(decision.explanation()).hasSize(assessment.contributions().size() + 1);
        assertThat(decision.explanation().get(0)).isEqualTo("ai-share: AI wrote 62 % of 480 added lines"
                + " (30 points at 100 %): +18.6");
        assertThat(decision.explanation()).last().isEqualTo("score 54.6 -> HIGH (MEDIUM from 25, HIGH from 50, "
                + "CRITICAL from 75) -> APPROVAL");
    }

    @Test
    void shouldBeDeterministic() {
        List<Finding> findings = List.of(
                finding("typosquat", "typosquat-name", Severity.HIGH, "package.json", 7, true),
                finding("security-patterns", "java-sql-concat", Severity.HIGH, "src/A.java", 3, false),
                finding("config-risk", "docker-root", Severity.MEDIUM, "Dockerfile", 1, null));

        RiskAssessment first = RiskModel.assess(RiskInput.of(aiFeature(), findings, 3, List.of("npm:x: timeout"),
                DEFAULTS));
        RiskAssessment again = RiskModel.assess(RiskInput.of(aiFeature(), findings, 3, List.of("npm:x: timeout"),
                DEFAULTS));

        assertThat(again).isEqualTo(first);
        assertThat(again.toDecision()).isEqualTo(first.toDecision());
    }

    @Test
    void shouldSurviveSerializationAcrossTheAgentChannel() throws Exception {
        RiskPolicy policy = RiskPolicy.defaults().withTierOutcome(RiskTier.MEDIUM, Outcome.UNSTABLE);
        RiskAssessment assessment = RiskModel.assess(RiskInput.of(aiFeature(), List.of(), 0, List.of(), policy));

        RiskPolicy policyCopy = roundTrip(policy);
        assertThat(policyCopy).isEqualTo(policy);
        assertThat(policyCopy.sensitivePaths().categoriesOf("src/auth/Login.java"))
                .containsExactly(SensitiveCategory.AUTH);
        assertThat(roundTrip(assessment)).isEqualTo(assessment);
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(final T value) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    static Contribution contribution(final RiskAssessment assessment, final String factor) {
        return assessment.contributions().stream().filter(c -> c.factor().equals(factor)).findFirst().orElseThrow();
    }
}
