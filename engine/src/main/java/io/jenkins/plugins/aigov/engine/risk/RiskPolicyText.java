package io.jenkins.plugins.aigov.engine.risk;

import java.util.List;
import java.util.Locale;

import io.jenkins.plugins.aigov.engine.model.OutagePolicy;
import io.jenkins.plugins.aigov.engine.model.Outcome;

/**
 * The text form of the risk policy, for the CLI's config file and the Jenkins global configuration, and of a
 * Jenkinsfile's request (see {@code docs/risk.md}):
 * <pre>
 * weight.ai-share = 30              # any key of RiskWeights
 * threshold.high = 50               # threshold.medium | high | critical
 * outcome.medium = UNSTABLE         # outcome.low | medium | high | critical = PASS | UNSTABLE | APPROVAL | FAIL
 * hard-rule.ai-ci-change-needs-approval = FAIL     # or off
 * outage = fail-closed              # fail-open | fail-closed
 * [sensitive-paths]
 * auth: **&#47;login/**             # category: glob, or category: none
 * </pre>
 * A policy starts from the defaults; each key given replaces one value; each category named under
 * {@code [sensitive-paths]} replaces that category's default globs. A request may not set weights; its
 * {@code [sensitive-paths]} globs are added to the admin's.
 */
public final class RiskPolicyText {
    private RiskPolicyText() {
    }

    /**
     * Parses the admin's policy.
     *
     * @param text   the text; {@code null} or blank: the defaults
     * @param source where the text comes from, for messages (a file name, {@code global configuration})
     * @throws RiskPolicyException naming the line and the offending value
     */
    public static RiskPolicy parsePolicy(final String text, final String source) throws RiskPolicyException {
        PolicyTextBuilder builder = new PolicyTextBuilder(source);
        PolicyLines.read(text, source, builder);
        return builder.build();
    }

    /**
     * Parses a request (what a Jenkinsfile asks); apply it with {@link RiskPolicy#tightenedBy}.
     *
     * @throws RiskPolicyException naming the line and the offending value (also for a weight, which only the admin
     *                             sets)
     */
    public static RiskPolicyRequest parseRequest(final String text, final String source)
            throws RiskPolicyException {
        RequestTextBuilder builder = new RequestTextBuilder(source);
        PolicyLines.read(text, source, builder);
        return builder.build();
    }

    /** The text of a policy, which {@link #parsePolicy} reads back to an equal policy. */
    public static String toText(final RiskPolicy policy) {
        StringBuilder text = new StringBuilder();
        policy.weights().values().forEach((key, value) -> line(text, "weight." + key, Points.plain(value)));
        for (RiskTier tier : List.of(RiskTier.MEDIUM, RiskTier.HIGH, RiskTier.CRITICAL)) {
            line(text, "threshold." + tier.id(), Points.plain(policy.thresholds().of(tier)));
        }
        policy.tierOutcomes().forEach((tier, outcome) -> line(text, "outcome." + tier.id(), outcome.name()));
        for (HardRule rule : HardRule.values()) {
            Outcome outcome = policy.hardRules().get(rule);
            line(text, "hard-rule." + rule.id(), outcome == null ? "off" : outcome.name());
        }
        line(text, "outage", outageId(policy.outagePolicy()));
        text.append(PolicyLines.SENSITIVE_SECTION).append('\n');
        SensitivePaths paths = policy.sensitivePaths();
        for (SensitiveCategory category : SensitiveCategory.values()) {
            if (paths.globs(category).isEmpty()) {
                text.append(category.id()).append(": none\n");
            }
            paths.globs(category).forEach(glob -> text.append(category.id()).append(": ").append(glob).append('\n'));
        }
        return text.toString();
    }

    private static void line(final StringBuilder text, final String key, final String value) {
        text.append(key).append(" = ").append(value).append('\n');
    }

    static String outageId(final OutagePolicy policy) {
        return policy.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
