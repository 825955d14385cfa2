package io.jenkins.plugins.aigov.engine.risk;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.aigov.engine.model.OutagePolicy;
import io.jenkins.plugins.aigov.engine.model.Outcome;
import io.jenkins.plugins.aigov.engine.model.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Jenkinsfile may tighten the admin's risk policy, never loosen it; a looser request is logged and ignored.
 */
class PolicyTighteningTest {
    private static final RiskPolicy ADMIN = RiskPolicy.defaults();

    private final List<String> log = new ArrayList<>();

    @Test
    void shouldChangeNothingForAnEmptyRequest() {
        assertThat(ADMIN.tightenedBy(RiskPolicyRequest.NONE, log)).isEqualTo(ADMIN);
        assertThat(log).isEmpty();
    }

    @Test
    void shouldAcceptALowerThreshold() {
        RiskPolicy policy = ADMIN.tightenedBy(RiskPolicyRequest.NONE.withThreshold(RiskTier.HIGH, 40), log);

        assertThat(policy.thresholds()).isEqualTo(new RiskThresholds(25, 40, 75));
        assertThat(log).isEmpty();
        assertThat(RiskModel.assess(RiskInput.of(null, Changes.findings(4, Severity.HIGH), 0, List.of(), policy))
                .outcome()).isEqualTo(Outcome.APPROVAL);
    }

    @Test
    void shouldIgnoreAHigherThresholdWithALogLine() {
        RiskPolicy policy = ADMIN.tightenedBy(RiskPolicyRequest.NONE.withThreshold(RiskTier.CRITICAL, 90), log);

        assertThat(policy.thresholds()).isEqualTo(RiskThresholds.DEFAULTS);
        assertThat(log).containsExactly("ignored threshold.critical 90: higher than the admin's 75; a Jenkinsfile may"
                + " only tighten the policy");
    }

    @Test
    void shouldPullLowerThresholdsDownWithALoweredUpperOne() {
        RiskPolicy policy = ADMIN.tightenedBy(RiskPolicyRequest.NONE.withThreshold(RiskTier.CRITICAL, 20), log);

        assertThat(policy.thresholds()).isEqualTo(new RiskThresholds(20, 20, 20));
        assertThat(log).containsExactly("threshold.high lowered to 20 to stay at or below threshold.critical",
                "threshold.medium lowered to 20 to stay at or below threshold.high");
    }

    @Test
    void shouldAcceptAStricterTierOutcome() {
        RiskPolicy policy = ADMIN.tightenedBy(RiskPolicyRequest.NONE.withTierOutcome(RiskTier.MEDIUM,
                Outcome.UNSTABLE), log);

        assertThat(policy.outcomeOf(RiskTier.MEDIUM)).isEqualTo(Outcome.UNSTABLE);
        assertThat(log).isEmpty();
    }

    @Test
    void shouldIgnoreALooserTierOutcomeWithALogLine() {
        RiskPolicy policy = ADMIN.tightenedBy(RiskPolicyRequest.NONE.withTierOutcome(RiskTier.CRITICAL,
                Outcome.APPROVAL), log);

        assertThat(policy.outcomeOf(RiskTier.CRITICAL)).isEqualTo(Outcome.FAIL);
        assertThat(log).containsExactly("ignored outcome.critical APPROVAL: looser than the admin's FAIL; a "
                + "Jenkinsfile may only tighten the policy");
    }

    @Test
    void shouldRaiseHigherTiersToAStricterLowerTier() {
        RiskPolicy policy = ADMIN.tightenedBy(RiskPolicyRequest.NONE.withTierOutcome(RiskTier.MEDIUM, Outcome.FAIL),
                log);

        assertThat(policy.tierOutcomes()).containsExactly(java.util.Map.entry(RiskTier.LOW, Outcome.PASS),
                java.util.Map.entry(RiskTier.MEDIUM, Outcome.FAIL), java.util.Map.entry(RiskTier.HIGH, Outcome.FAIL),
                java.util.Map.entry(RiskTier.CRITICAL, Outcome.FAIL));
        assertThat(log).containsExactly("outcome.high raised to FAIL to stay at least as strict as outcome.medium");
    }

    @Test
    void shouldIgnoreRemovingAHardRuleWithALogLine() {
        RiskPolicy policy = ADMIN.tightenedBy(RiskPolicyRequest.NONE
                .withoutHardRule(HardRule.AI_CI_CHANGE_NEEDS_APPROVAL), log);

        assertThat(policy.hardRules()).containsEntry(HardRule.AI_CI_CHANGE_NEEDS_APPROVAL, Outcome.APPROVAL);
        assertThat(log).containsExactly("ignored hard-rule.ai-ci-change-needs-approval off: the admin's policy has "
                + "it on; a Jenkinsfile may only tighten the policy");
    }

    @Test
    void shouldIgnoreALooserHardRuleOutcomeWithALogLine() {
        RiskPolicy policy = ADMIN.tightenedBy(RiskPolicyRequest.NONE
                .withHardRule(HardRule.CRITICAL_FINDING_FAILS, Outcome.UNSTABLE), log);

        assertThat(policy.hardRules()).containsEntry(HardRule.CRITICAL_FINDING_FAILS, Outcome.FAIL);
        assertThat(log).containsExactly("ignored hard-rule.critical-finding-fails UNSTABLE: looser than the admin's"
                + " FAIL; a Jenkinsfile may only tighten the policy");
    }

    @Test
    void shouldAddAHardRuleAndMakeAnotherStricter() {
        RiskPolicy policy = ADMIN.tightenedBy(RiskPolicyRequest.NONE
                .withHardRule(HardRule.AI_SENSITIVE_CHANGE_NEEDS_APPROVAL, Outcome.APPROVAL)
                .withHardRule(HardRule.AI_CI_CHANGE_NEEDS_APPROVAL, Outcome.FAIL), log);

        assertThat(policy.hardRules()).containsEntry(HardRule.AI_SENSITIVE_CHANGE_NEEDS_APPROVAL, Outcome.APPROVAL)
                .containsEntry(HardRule.AI_CI_CHANGE_NEEDS_APPROVAL, Outcome.FAIL);
        assertThat(log).isEmpty();
    }

    @Test
    void shouldNeverLetAnAdminSwitchedOffRuleBlockTightening() {
        RiskPolicy lenient = ADMIN.withHardRule(HardRule.CRITICAL_FINDING_FAILS, null);

        RiskPolicy policy = lenient.tightenedBy(RiskPolicyRequest.NONE
                .withHardRule(HardRule.CRITICAL_FINDING_FAILS, Outcome.APPROVAL), log);

        assertThat(policy.hardRules()).containsEntry(HardRule.CRITICAL_FINDING_FAILS, Outcome.APPROVAL);
    }

    @Test
    void shouldTakeFailClosedButNotFailOpen() {
        RiskPolicy closed = ADMIN.tightenedBy(RiskPolicyRequest.NONE.withOutagePolicy(OutagePolicy.FAIL_CLOSED), log);
        assertThat(closed.outagePolicy()).isEqualTo(OutagePolicy.FAIL_CLOSED);
        assertThat(log).isEmpty();

        RiskPolicy still = closed.tightenedBy(RiskPolicyRequest.NONE.withOutagePolicy(OutagePolicy.FAIL_OPEN), log);
        assertThat(still.outagePolicy()).isEqualTo(OutagePolicy.FAIL_CLOSED);
        assertThat(log).containsExactly("ignored outage FAIL_OPEN: the admin's policy is FAIL_CLOSED; a Jenkinsfile "
                + "may only tighten the policy");
    }

    @Test
    void shouldAddSensitiveGlobsToTheAdminsOnes() throws RiskPolicyException {
        SensitivePaths extra = SensitivePaths.parse("payments: **/ledger/**", "Jenkinsfile");

        RiskPolicy policy = ADMIN.tightenedBy(RiskPolicyRequest.NONE.withExtraSensitivePaths(extra), log);

        assertThat(policy.sensitivePaths().categoriesOf("src/ledger/Entry.java"))
                .containsExactly(SensitiveCategory.PAYMENTS);
        assertThat(policy.sensitivePaths().categoriesOf("src/billing/Invoice.java"))
                .containsExactly(SensitiveCategory.PAYMENTS);
    }

    @Test
    void shouldApplyARequestWrittenAsText() throws RiskPolicyException {
        RiskPolicyRequest request = RiskPolicyText.parseRequest(String.join("\n",
                "threshold.high = 40",
                "threshold.medium = 30   # looser: ignored",
                "outcome.medium = UNSTABLE",
                "hard-rule.watchlist-hit-fails = off",
                "outage = fail-closed"), "Jenkinsfile");

        RiskPolicy policy = ADMIN.tightenedBy(request, log);

        assertThat(policy.thresholds()).isEqualTo(new RiskThresholds(25, 40, 75));
        assertThat(policy.outcomeOf(RiskTier.MEDIUM)).isEqualTo(Outcome.UNSTABLE);
        assertThat(policy.hardRules()).containsKey(HardRule.WATCHLIST_HIT_FAILS);
        assertThat(policy.outagePolicy()).isEqualTo(OutagePolicy.FAIL_CLOSED);
        assertThat(log).containsExactly(
                "ignored threshold.medium 30: higher than the admin's 25; a Jenkinsfile may only tighten the policy",
                "ignored hard-rule.watchlist-hit-fails off: the admin's policy has it on; a Jenkinsfile may only "
                        + "tighten the policy");
    }
}
