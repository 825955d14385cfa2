package io.jenkins.plugins.aigov.engine.risk;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.jenkins.plugins.aigov.engine.model.OutagePolicy;
import io.jenkins.plugins.aigov.engine.model.Outcome;

/**
 * The admin's risk policy (Manage Jenkins, or the CLI's config file), possibly tightened by a Jenkinsfile.
 * Immutable and serializable.
 *
 * @param weights        the weights of the score
 * @param sensitivePaths sensitive path globs per category
 * @param thresholds     where the tiers start
 * @param tierOutcomes   tier → outcome, for every tier; never looser for a higher tier; never OUTAGE
 * @param hardRules      the hard rules in force → the outcome each sets at least (a rule that is absent is off)
 * @param outagePolicy   what an unverified check means; keep it equal to the gate policy's
 */
public record RiskPolicy(RiskWeights weights, SensitivePaths sensitivePaths, RiskThresholds thresholds,
        Map<RiskTier, Outcome> tierOutcomes, Map<HardRule, Outcome> hardRules, OutagePolicy outagePolicy)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Canonical constructor: checks and copies (in enum order, for stable output). */
    public RiskPolicy {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(sensitivePaths, "sensitivePaths");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(outagePolicy, "outagePolicy");
        tierOutcomes = checkedTiers(tierOutcomes);
        EnumMap<HardRule, Outcome> rules = new EnumMap<>(HardRule.class);
        hardRules.forEach((rule, outcome) -> rules.put(Objects.requireNonNull(rule, "hard rule"),
                Outcomes.checkPolicyOutcome(outcome, "the outcome of hard rule " + rule.id())));
        hardRules = Collections.unmodifiableMap(rules);
    }

    private static Map<RiskTier, Outcome> checkedTiers(final Map<RiskTier, Outcome> given) {
        EnumMap<RiskTier, Outcome> tiers = new EnumMap<>(RiskTier.class);
        Outcome previous = Outcome.PASS;
        for (RiskTier tier : RiskTier.values()) {
            Outcome outcome = Outcomes.checkPolicyOutcome(given.get(tier), "the outcome of tier " + tier);
            if (Outcomes.isStricter(previous, outcome)) {
                throw new IllegalArgumentException("tier " + tier + " maps to " + outcome
                        + ", which is looser than a lower tier's " + previous);
            }
            tiers.put(tier, outcome);
            previous = outcome;
        }
        return Collections.unmodifiableMap(tiers);
    }

    /**
     * The documented defaults: default weights and sensitive paths, thresholds 25 / 50 / 75, LOW and MEDIUM →
     * PASS, HIGH → APPROVAL, CRITICAL → FAIL, the hard rules that are on by default, fail-open.
     */
    public static RiskPolicy defaults() {
        Map<RiskTier, Outcome> tiers = new EnumMap<>(RiskTier.class);
        tiers.put(RiskTier.LOW, Outcome.PASS);
        tiers.put(RiskTier.MEDIUM, Outcome.PASS);
        tiers.put(RiskTier.HIGH, Outcome.APPROVAL);
        tiers.put(RiskTier.CRITICAL, Outcome.FAIL);
        Map<HardRule, Outcome> rules = new EnumMap<>(HardRule.class);
        for (HardRule rule : HardRule.values()) {
            if (rule.enabledByDefault()) {
                rules.put(rule, rule.defaultOutcome());
            }
        }
        return new RiskPolicy(RiskWeights.defaults(), SensitivePaths.defaults(), RiskThresholds.DEFAULTS, tiers,
                rules, OutagePolicy.FAIL_OPEN);
    }

    /** The outcome of a tier. */
    public Outcome outcomeOf(final RiskTier tier) {
        return tierOutcomes.get(tier);
    }

    /** This policy with other weights. */
    public RiskPolicy withWeights(final RiskWeights value) {
        return new RiskPolicy(value, sensitivePaths, thresholds, tierOutcomes, hardRules, outagePolicy);
    }

    /** This policy with other sensitive paths. */
    public RiskPolicy withSensitivePaths(final SensitivePaths value) {
        return new RiskPolicy(weights, value, thresholds, tierOutcomes, hardRules, outagePolicy);
    }

    /** This policy with other thresholds. */
    public RiskPolicy withThresholds(final RiskThresholds value) {
        return new RiskPolicy(weights, sensitivePaths, value, tierOutcomes, hardRules, outagePolicy);
    }

    /** This policy with a tier mapped to another outcome (checked: never looser than a lower tier). */
    public RiskPolicy withTierOutcome(final RiskTier tier, final Outcome outcome) {
        Map<RiskTier, Outcome> tiers = new EnumMap<>(tierOutcomes);
        tiers.put(tier, outcome);
        return new RiskPolicy(weights, sensitivePaths, thresholds, tiers, hardRules, outagePolicy);
    }

    /** This policy with a hard rule set to an outcome, or switched off when {@code outcome} is {@code null}. */
    public RiskPolicy withHardRule(final HardRule rule, final Outcome outcome) {
        Map<HardRule, Outcome> rules = new EnumMap<>(HardRule.class);
        rules.putAll(hardRules);
        if (outcome == null) {
            rules.remove(rule);
        }
        else {
            rules.put(rule, outcome);
        }
        return new RiskPolicy(weights, sensitivePaths, thresholds, tierOutcomes, rules, outagePolicy);
    }

    /** This policy with another outage policy (set it from the gate policy, so that both agree). */
    public RiskPolicy withOutagePolicy(final OutagePolicy value) {
        return new RiskPolicy(weights, sensitivePaths, thresholds, tierOutcomes, hardRules, value);
    }

    /**
     * This policy, tightened by a request: lower thresholds, stricter tier and hard-rule outcomes, hard rules
     * switched on, fail-closed and extra sensitive globs are taken; anything looser (a higher threshold, a looser
     * outcome, a hard rule switched off, fail-open over fail-closed) is ignored and a line saying so is added to
     * {@code log}. Weights are the admin's only.
     */
    public RiskPolicy tightenedBy(final RiskPolicyRequest request, final List<String> log) {
        return new PolicyTightening(this, log).apply(request);
    }
}
