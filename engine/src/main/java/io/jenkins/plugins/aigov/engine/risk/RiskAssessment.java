package io.jenkins.plugins.aigov.engine.risk;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.jenkins.plugins.aigov.engine.model.Decision;
import io.jenkins.plugins.aigov.engine.model.Outcome;

/**
 * The risk of a change and the decision it leads to. Immutable and serializable.
 *
 * @param score          the score: the sum of the contributions' points (rounded to tenths)
 * @param tier           the tier of the score
 * @param contributions  every contribution, in order, with its reason
 * @param hardRulesFired the hard rules in force that fired, in rule order
 * @param outcome        the strictest of the tier's outcome and the fired rules' outcomes, or OUTAGE (fail-closed
 *                       and some check unverified, unless the outcome is FAIL anyway)
 * @param reason         one sentence: why this outcome
 * @param summary        {@code score 63.4 -> HIGH (MEDIUM from 25, HIGH from 50, CRITICAL from 75) -> APPROVAL}
 */
public record RiskAssessment(double score, RiskTier tier, List<Contribution> contributions,
        List<HardRuleHit> hardRulesFired, Outcome outcome, String reason, String summary) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Canonical constructor: checks and copies. */
    public RiskAssessment {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(summary, "summary");
        contributions = List.copyOf(contributions);
        hardRulesFired = List.copyOf(hardRulesFired);
    }

    /** The explanation: one line per contribution, the summary line, one line per fired hard rule. */
    public List<String> explanation() {
        List<String> lines = new ArrayList<>();
        contributions.forEach(contribution -> lines.add(contribution.line()));
        lines.add(summary);
        hardRulesFired.forEach(hit -> lines.add(hit.line()));
        return lines;
    }

    /** The gates decision: outcome, reason, tier name, score and explanation. */
    public Decision toDecision() {
        return new Decision(outcome, reason, tier.name(), score, explanation());
    }
}
