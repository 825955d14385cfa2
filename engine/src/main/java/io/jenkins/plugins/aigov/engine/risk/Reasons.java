package io.jenkins.plugins.aigov.engine.risk;

import java.util.List;

import io.jenkins.plugins.aigov.engine.model.Outcome;

/** The one-sentence reasons of an assessment. */
final class Reasons {
    private final double score;
    private final RiskTier tier;
    private final List<HardRuleHit> hits;
    private final HardRuleHit deciding;

    Reasons(final double score, final RiskTier tier, final List<HardRuleHit> hits, final HardRuleHit deciding) {
        this.score = score;
        this.tier = tier;
        this.hits = hits;
        this.deciding = deciding;
    }

    /** {@code APPROVAL: risk HIGH (score 63.4)} or {@code FAIL: hard rule ID: why; risk LOW (score 12.0)}. */
    String of(final Outcome outcome) {
        String risk = "risk " + tier + " (score " + Points.plain(score) + ")";
        if (deciding == null) {
            long others = hits.size();
            return outcome + ": " + risk + (others > 0 ? "; " + others + " hard rule" + ChangeScorer.plural(others)
                    + " fired, none stricter" : "");
        }
        long more = hits.stream().filter(hit -> hit != deciding && hit.outcome() == deciding.outcome()).count();
        return outcome + ": hard rule " + deciding.ruleId() + ": " + deciding.reason()
                + (more > 0 ? " (and " + more + " more hard rule" + ChangeScorer.plural(more) + ")" : "") + "; "
                + risk;
    }

    /** {@code 2 checks could not be verified}. */
    static String unverified(final List<String> unverified) {
        return unverified.size() + (unverified.size() == 1 ? " check" : " checks") + " could not be verified";
    }

    /** The reason of an OUTAGE outcome. */
    static String outage(final List<String> unverified, final RiskTier tier, final double score,
            final Outcome otherwise) {
        return "OUTAGE: " + unverified(unverified) + " and the outage policy is fail-closed (first: "
                + unverified.get(0) + "); without the outage: " + otherwise + ", risk " + tier + " (score "
                + Points.plain(score) + ")";
    }
}
