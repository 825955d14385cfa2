package io.jenkins.plugins.aigov.engine.risk;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.aigov.engine.model.OutagePolicy;
import io.jenkins.plugins.aigov.engine.model.Outcome;
import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Origin;
import io.jenkins.plugins.aigov.engine.model.Severity;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;

import static io.jenkins.plugins.aigov.engine.risk.Changes.finding;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hard rules override the score, and the outage policy overrides both unless the outcome is FAIL.
 */
class HardRulesTest {
    private static final RiskPolicy DEFAULTS = RiskPolicy.defaults();

    private static RiskAssessment assess(final RiskPolicy policy, final ProvenanceResult provenance,
            final List<Finding> findings, final List<String> unverified) {
        return RiskModel.assess(RiskInput.of(provenance, findings, 0, unverified, policy));
    }

    private static ProvenanceResult ciChangeBy(final Origin origin) {
        return Changes.range().commit("c1", origin).file(".github/workflows/x.yml", 3, 0, "c1").build();
    }

    @Test
    void shouldFailOnACriticalFindingEvenAtALowScore() {
        Finding critical = finding("dependency-existence", "package-missing", Severity.CRITICAL, "package.json", 7,
                false);

        RiskAssessment assessment = assess(DEFAULTS, null, List.of(critical), List.of());

        assertThat(assessment.score()).isEqualTo(25);
        assertThat(assessment.tier()).isEqualTo(RiskTier.MEDIUM);
        assertThat(assessment.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(assessment.hardRulesFired()).extracting(HardRuleHit::ruleId)
                .containsExactly("critical-finding-fails");
        assertThat(assessment.reason()).isEqualTo("FAIL: hard rule critical-finding-fails: 1 critical finding, "
                + "critical dependency-existence/package-missing at package.json:7: package-missing in package.json;"
                + " risk MEDIUM (score 25)");
        assertThat(assessment.toDecision().explanation()).last().asString()
                .startsWith("hard rule critical-finding-fails -> FAIL: 1 critical finding");
    }

    @Test
    void shouldAskForApprovalWhenAnAiCommitChangesCiConfig() {
        RiskAssessment assessment = assess(DEFAULTS, ciChangeBy(Origin.AI_GENERATED), List.of(), List.of());

        assertThat(assessment.tier()).isEqualTo(RiskTier.MEDIUM);
        assertThat(assessment.outcome()).isEqualTo(Outcome.APPROVAL);
        assertThat(assessment.hardRulesFired()).containsExactly(new HardRuleHit("ai-ci-change-needs-approval",
                Outcome.APPROVAL, "an AI commit changed CI / pipeline config: .github/workflows/x.yml"));
        assertThat(assessment.reason()).startsWith("APPROVAL: hard rule ai-ci-change-needs-approval: an AI commit"
                + " changed CI / pipeline config: .github/workflows/x.yml; risk MEDIUM (score ");
    }

    @Test
    void shouldFireNoHardRuleWhenAHumanCommitChangesCiConfig() {
        ProvenanceResult human = Changes.range().commit("h1", Origin.HUMAN)
                .file(".github/workflows/x.yml", 0, 3, "h1").file("Jenkinsfile", 0, 12, "h1").build();

        RiskAssessment assessment = assess(DEFAULTS, human, List.of(), List.of());

        assertThat(assessment.hardRulesFired()).isEmpty();
        assertThat(assessment.outcome()).isEqualTo(Outcome.PASS);
        assertThat(RiskModelTest.contribution(assessment, "sensitive.ci").reason())
                .isEqualTo("CI / pipeline config changed: .github/workflows/x.yml, Jenkinsfile (8): +8.0");
    }

    @Test
    void shouldFireNoHardRuleTheAdminSwitchedOff() {
        RiskPolicy policy = DEFAULTS.withHardRule(HardRule.AI_CI_CHANGE_NEEDS_APPROVAL, null);

        RiskAssessment assessment = assess(policy, ciChangeBy(Origin.AI_ASSISTED), List.of(), List.of());

        assertThat(assessment.hardRulesFired()).isEmpty();
        assertThat(assessment.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void shouldUseTheOutcomeTheAdminGaveAHardRule() {
        RiskPolicy policy = DEFAULTS.withHardRule(HardRule.AI_CI_CHANGE_NEEDS_APPROVAL, Outcome.FAIL);

        RiskAssessment assessment = assess(policy, ciChangeBy(Origin.AI_ASSISTED), List.of(), List.of());

        assertThat(assessment.outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void shouldFailOnAHardCodedSecretOnAnAiWrittenLineOnly() {
        Finding onAiLine = finding("security-patterns", "generic-secret-assignment", Severity.HIGH, "CWE-798",
                "src/Config.java", 12, true);
        Finding onHumanLine = finding("security-patterns", "generic-secret-assignment", Severity.HIGH, "CWE-798",
                "src/Config.java", 12, false);

        assertThat(assess(DEFAULTS, null, List.of(onAiLine), List.of()).hardRulesFired())
                .extracting(HardRuleHit::ruleId).containsExactly("ai-secret-finding-fails");
        assertThat(assess(DEFAULTS, null, List.of(onAiLine), List.of()).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(assess(DEFAULTS, null, List.of(onHumanLine), List.of()).hardRulesFired()).isEmpty();
        assertThat(assess(DEFAULTS, null, List.of(onHumanLine), List.of()).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void shouldFailOnAWatchlistHitWhateverItsSeverity() {
        Finding watchlisted = finding("watchlist", "watchlisted-name", Severity.HIGH, "requirements.txt", 3, null);

        RiskAssessment assessment = assess(DEFAULTS, null, List.of(watchlisted), List.of());

        assertThat(assessment.hardRulesFired()).extracting(HardRuleHit::ruleId)
                .containsExactly("watchlist-hit-fails");
        assertThat(assessment.outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void shouldFireRulesThatAreOffByDefaultOnlyWhenSwitchedOn() {
        ProvenanceResult auth = Changes.range().commit("a1", Origin.AI_ASSISTED).commit("h1", Origin.HUMAN)
                .file("src/auth/TokenStore.java", 20, 0, "a1").file("src/app/Orders.java", 0, 200, "h1")
                .policyFinding("ai-commit-without-owner", "high", "a1").build();
        RiskPolicy strict = DEFAULTS.withHardRule(HardRule.AI_SENSITIVE_CHANGE_NEEDS_APPROVAL, Outcome.APPROVAL)
                .withHardRule(HardRule.AI_COMMIT_WITHOUT_OWNER_NEEDS_APPROVAL, Outcome.APPROVAL);

        assertThat(assess(DEFAULTS, auth, List.of(), List.of()).hardRulesFired()).isEmpty();
        RiskAssessment assessment = assess(strict, auth, List.of(), List.of());
        assertThat(assessment.hardRulesFired()).extracting(HardRuleHit::ruleId).containsExactly(
                "ai-sensitive-change-needs-approval", "ai-commit-without-owner-needs-approval");
        assertThat(assessment.outcome()).isEqualTo(Outcome.APPROVAL);
        assertThat(assessment.tier()).isEqualTo(RiskTier.MEDIUM);
        assertThat(assessment.reason()).startsWith("APPROVAL: hard rule ai-sensitive-change-needs-approval: an AI "
                + "commit changed auth, payments, crypto or secrets: src/auth/TokenStore.java (and 1 more hard rule);"
                + " risk MEDIUM (score ");
    }

    @Test
    void shouldNotLowerAStricterTierOutcome() {
        List<Finding> findings = Changes.findings(4, Severity.HIGH);

        RiskAssessment assessment = assess(DEFAULTS, ciChangeBy(Origin.AI_ASSISTED), findings, List.of());

        assertThat(assessment.tier()).isEqualTo(RiskTier.CRITICAL);
        assertThat(assessment.hardRulesFired()).hasSize(1);
        assertThat(assessment.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(assessment.reason()).isEqualTo("FAIL: risk CRITICAL (score 84.4); 1 hard rule fired, "
                + "none stricter");
    }

    @Test
    void shouldReportAnOutageUnderFailClosedWhateverTheScore() {
        RiskPolicy closed = DEFAULTS.withOutagePolicy(OutagePolicy.FAIL_CLOSED);
        List<String> unverified = List.of("npm:left-pad@1.3.0 (package.json:7): registry timed out");

        RiskAssessment assessment = assess(closed, null, List.of(), unverified);

        assertThat(assessment.score()).isZero();
        assertThat(assessment.outcome()).isEqualTo(Outcome.OUTAGE);
        assertThat(assessment.reason()).isEqualTo("OUTAGE: 1 check could not be verified and the outage policy is "
                + "fail-closed (first: npm:left-pad@1.3.0 (package.json:7): registry timed out); without the "
                + "outage: PASS, risk LOW (score 0)");
        assertThat(assessment.toDecision().outcome()).isEqualTo(Outcome.OUTAGE);
    }

    @Test
    void shouldNoteAnOutageUnderFailOpenWithoutChangingTheScore() {
        List<String> unverified = List.of("pypi:requests (requirements.txt:1): HTTP 503", "npm:x (imported): 503");
        List<Finding> findings = Changes.findings(3, Severity.HIGH);

        RiskAssessment open = assess(DEFAULTS, null, findings, unverified);
        RiskAssessment none = assess(DEFAULTS, null, findings, List.of());

        assertThat(open.score()).isEqualTo(none.score()).isEqualTo(30);
        assertThat(open.outcome()).isEqualTo(none.outcome()).isEqualTo(Outcome.PASS);
        assertThat(RiskModelTest.contribution(open, "outage")).isEqualTo(new Contribution("outage", 0,
                "2 checks could not be verified (first: pypi:requests (requirements.txt:1): HTTP 503); the outage "
                        + "policy is fail-open: the score ignores them: +0.0"));
    }

    @Test
    void shouldKeepACertainFailureUnderFailClosed() {
        RiskPolicy closed = DEFAULTS.withOutagePolicy(OutagePolicy.FAIL_CLOSED);
        Finding critical = finding("typosquat", "typosquat-name", Severity.CRITICAL, "package.json", 9, true);

        RiskAssessment assessment = assess(closed, null, List.of(critical), List.of("npm:x (package.json:3): 503"));

        assertThat(assessment.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(assessment.reason()).endsWith("; also 1 check could not be verified (fail-closed)");
    }
}
