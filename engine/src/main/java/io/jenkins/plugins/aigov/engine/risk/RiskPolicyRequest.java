package io.jenkins.plugins.aigov.engine.risk;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.jenkins.plugins.aigov.engine.model.OutagePolicy;
import io.jenkins.plugins.aigov.engine.model.Outcome;

/**
 * What a Jenkinsfile (or a CLI option) asks of the risk policy. Every part is optional (empty or {@code null}:
 * keep the admin's value). It may only tighten the admin's policy; see {@link RiskPolicy#tightenedBy}.
 *
 * @param thresholds         tier → where it should start (MEDIUM, HIGH, CRITICAL)
 * @param tierOutcomes       tier → outcome
 * @param hardRules          hard rule → outcome, switching it on or making it stricter
 * @param disabledHardRules  hard rules asked to be switched off (always ignored, and logged)
 * @param outagePolicy       what an unverified check means
 * @param extraSensitivePaths globs added to the admin's sensitive paths
 */
public record RiskPolicyRequest(Map<RiskTier, Double> thresholds, Map<RiskTier, Outcome> tierOutcomes,
        Map<HardRule, Outcome> hardRules, Set<HardRule> disabledHardRules, OutagePolicy outagePolicy,
        SensitivePaths extraSensitivePaths) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Nothing asked. */
    public static final RiskPolicyRequest NONE = new RiskPolicyRequest(null, null, null, null, null, null);

    /** Canonical constructor: copies, in enum order. */
    public RiskPolicyRequest {
        thresholds = copy(thresholds, RiskTier.class);
        tierOutcomes = copy(tierOutcomes, RiskTier.class);
        hardRules = copy(hardRules, HardRule.class);
        disabledHardRules = disabledHardRules == null || disabledHardRules.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(disabledHardRules));
        extraSensitivePaths = extraSensitivePaths == null ? SensitivePaths.none() : extraSensitivePaths;
    }

    private static <K extends Enum<K>, V> Map<K, V> copy(final Map<K, V> map, final Class<K> type) {
        EnumMap<K, V> copy = new EnumMap<>(type);
        if (map != null) {
            copy.putAll(map);
        }
        return Collections.unmodifiableMap(copy);
    }

    /** Whether nothing is asked. */
    public boolean isEmpty() {
        return thresholds.isEmpty() && tierOutcomes.isEmpty() && hardRules.isEmpty() && disabledHardRules.isEmpty()
                && outagePolicy == null && extraSensitivePaths.categories().isEmpty();
    }

    /** This request, also asking a tier to start at {@code value}. */
    public RiskPolicyRequest withThreshold(final RiskTier tier, final double value) {
        Map<RiskTier, Double> changed = new EnumMap<>(RiskTier.class);
        changed.putAll(thresholds);
        changed.put(tier, value);
        return new RiskPolicyRequest(changed, tierOutcomes, hardRules, disabledHardRules, outagePolicy,
                extraSensitivePaths);
    }

    /** This request, also asking a tier to map to {@code outcome}. */
    public RiskPolicyRequest withTierOutcome(final RiskTier tier, final Outcome outcome) {
        Map<RiskTier, Outcome> changed = new EnumMap<>(RiskTier.class);
        changed.putAll(tierOutcomes);
        changed.put(tier, outcome);
        return new RiskPolicyRequest(thresholds, changed, hardRules, disabledHardRules, outagePolicy,
                extraSensitivePaths);
    }

    /** This request, also asking a hard rule to be on with {@code outcome}. */
    public RiskPolicyRequest withHardRule(final HardRule rule, final Outcome outcome) {
        Map<HardRule, Outcome> changed = new EnumMap<>(HardRule.class);
        changed.putAll(hardRules);
        changed.put(rule, outcome);
        return new RiskPolicyRequest(thresholds, tierOutcomes, changed, disabledHardRules, outagePolicy,
                extraSensitivePaths);
    }

    /** This request, also asking a hard rule to be switched off (which is never granted). */
    public RiskPolicyRequest withoutHardRule(final HardRule rule) {
        Set<HardRule> changed = EnumSet.noneOf(HardRule.class);
        changed.addAll(disabledHardRules);
        changed.add(rule);
        return new RiskPolicyRequest(thresholds, tierOutcomes, hardRules, changed, outagePolicy,
                extraSensitivePaths);
    }

    /** This request with an outage policy. */
    public RiskPolicyRequest withOutagePolicy(final OutagePolicy value) {
        return new RiskPolicyRequest(thresholds, tierOutcomes, hardRules, disabledHardRules, value,
                extraSensitivePaths);
    }

    /** This request with extra sensitive globs. */
    public RiskPolicyRequest withExtraSensitivePaths(final SensitivePaths value) {
        return new RiskPolicyRequest(thresholds, tierOutcomes, hardRules, disabledHardRules, outagePolicy, value);
    }
}
