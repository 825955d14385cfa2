package io.jenkins.plugins.aigov.engine.risk;

import java.util.ArrayList;
import java.util.List;

import io.jenkins.plugins.aigov.engine.model.OutagePolicy;
import io.jenkins.plugins.aigov.engine.model.Outcome;

/**
 * The risk model: scores a change from documented, configurable weights, explains every point, puts the score in
 * a tier and turns tier, hard rules and outage policy into one outcome. Stateless and deterministic.
 *
 * <p>Order: contributions (change, findings, outage notes, cap) → score → tier → the tier's outcome → the
 * strictest of it and every fired hard rule's outcome → OUTAGE instead, when the outage policy is fail-closed, a
 * check was unverified and the outcome is not FAIL (a certain failure is reported as such).
 */
public final class RiskModel {
    private RiskModel() {
    }

    /** Assesses a change under the input's policy. */
    public static RiskAssessment assess(final RiskInput input) {
        RiskPolicy policy = input.policy();
        ChangeFacts facts = ChangeFacts.of(input.provenance(), policy.sensitivePaths());
        List<Contribution> contributions = new ArrayList<>();
        new ChangeScorer(policy.weights(), facts).addTo(contributions);
        new FindingScorer(policy.weights(), input).addTo(contributions);
        boolean closed = policy.outagePolicy() == OutagePolicy.FAIL_CLOSED;
        outage(input.unverified(), closed, contributions);
        double score = capped(policy.weights().scoreMax(), contributions);

        RiskTier tier = policy.thresholds().tierOf(score);
        Outcome byTier = policy.outcomeOf(tier);
        List<HardRuleHit> hits = new HardRuleChecks(input, facts).fired(policy.hardRules());
        HardRuleHit deciding = null;
        Outcome outcome = byTier;
        for (HardRuleHit hit : hits) {
            if (Outcomes.isStricter(hit.outcome(), outcome)) {
                outcome = hit.outcome();
                deciding = hit;
            }
        }
        String summary = "score " + Points.plain(score) + " -> " + tier + " (" + thresholds(policy) + ") -> "
                + byTier;
        String reason = new Reasons(score, tier, hits, deciding).of(outcome);
        if (closed && !input.unverified().isEmpty()) {
            if (outcome == Outcome.FAIL) {
                reason += "; also " + Reasons.unverified(input.unverified()) + " (fail-closed)";
            }
            else {
                reason = Reasons.outage(input.unverified(), tier, score, outcome);
                outcome = Outcome.OUTAGE;
            }
        }
        return new RiskAssessment(score, tier, contributions, hits, outcome, reason, summary);
    }

    private static void outage(final List<String> unverified, final boolean closed, final List<Contribution> out) {
        if (unverified.isEmpty()) {
            return;
        }
        out.add(Contribution.of("outage", 0, Reasons.unverified(unverified) + " (first: " + unverified.get(0) + "); "
                + (closed ? "the outage policy is fail-closed: the outcome is OUTAGE unless it is FAIL"
                        : "the outage policy is fail-open: the score ignores them")));
    }

    /** The exact sum in tenths; adds a negative {@code score.max} contribution when the sum exceeds the cap. */
    private static double capped(final double max, final List<Contribution> contributions) {
        long tenths = contributions.stream().mapToLong(contribution -> Points.tenths(contribution.points())).sum();
        long cap = Points.tenths(max);
        if (tenths > cap) {
            contributions.add(Contribution.of("score.max", (cap - tenths) / 10.0, "score capped at "
                    + Points.plain(max) + " (sum " + Points.plain(tenths / 10.0) + ")"));
            tenths = cap;
        }
        return tenths / 10.0;
    }

    private static String thresholds(final RiskPolicy policy) {
        RiskThresholds t = policy.thresholds();
        return "MEDIUM from " + Points.plain(t.medium()) + ", HIGH from " + Points.plain(t.high())
                + ", CRITICAL from " + Points.plain(t.critical());
    }
}
