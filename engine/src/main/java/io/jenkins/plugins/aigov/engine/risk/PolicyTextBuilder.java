package io.jenkins.plugins.aigov.engine.risk;

import java.util.EnumMap;
import java.util.Map;

import io.jenkins.plugins.aigov.engine.model.Outcome;

/** Builds the admin's policy from the defaults. */
final class PolicyTextBuilder implements PolicyLines.Sink {
    private final String source;
    private final SensitivePaths.Builder sensitive = new SensitivePaths.Builder();
    private final Map<RiskTier, Double> thresholds = new EnumMap<>(RiskTier.class);
    private final Map<RiskTier, Outcome> outcomes = new EnumMap<>(RiskPolicy.defaults().tierOutcomes());
    private RiskPolicy policy = RiskPolicy.defaults();
    private int lastThresholdLine;
    private int lastOutcomeLine;

    PolicyTextBuilder(final String source) {
        this.source = source;
    }

    @Override
    public void entry(final String key, final String value, final int line) throws RiskPolicyException {
        if (key.startsWith("weight.")) {
            double number = PolicyLines.number(key, value, source, line);
            try {
                policy = policy.withWeights(policy.weights().with(key.substring("weight.".length()), number));
            }
            catch (IllegalArgumentException e) {
                throw new RiskPolicyException(source, line, e.getMessage());
            }
        }
        else if (key.startsWith("threshold.")) {
            thresholds.put(thresholdTier(key, line), PolicyLines.number(key, value, source, line));
            lastThresholdLine = line;
        }
        else if (key.startsWith("outcome.")) {
            outcomes.put(PolicyValues.tier(key, "outcome.", source, line),
                    PolicyValues.outcome(key, value, source, line));
            lastOutcomeLine = line;
        }
        else if (key.startsWith("hard-rule.")) {
            HardRule rule = PolicyValues.hardRule(key, source, line);
            boolean off = value.equalsIgnoreCase("off");
            policy = policy.withHardRule(rule, off ? null : PolicyValues.outcome(key, value, source, line));
        }
        else if (key.equals("outage")) {
            policy = policy.withOutagePolicy(PolicyValues.outage(value, source, line));
        }
        else {
            throw new RiskPolicyException(source, line, "unknown key '" + key + "' (expected weight.*, "
                    + "threshold.*, outcome.*, hard-rule.*, outage or a [sensitive-paths] section)");
        }
    }

    private RiskTier thresholdTier(final String key, final int line) throws RiskPolicyException {
        RiskTier tier = PolicyValues.tier(key, "threshold.", source, line);
        if (tier == RiskTier.LOW) {
            throw new RiskPolicyException(source, line, "LOW has no threshold: it is every score below MEDIUM");
        }
        return tier;
    }

    @Override
    public void sensitive(final String line, final int number) throws RiskPolicyException {
        sensitive.addLine(line, source, number);
    }

    RiskPolicy build() throws RiskPolicyException {
        RiskPolicy result = policy.withSensitivePaths(policy.sensitivePaths().overriddenBy(sensitive.build()));
        try {
            RiskThresholds admin = result.thresholds();
            result = result.withThresholds(new RiskThresholds(
                    thresholds.getOrDefault(RiskTier.MEDIUM, admin.medium()),
                    thresholds.getOrDefault(RiskTier.HIGH, admin.high()),
                    thresholds.getOrDefault(RiskTier.CRITICAL, admin.critical())));
        }
        catch (IllegalArgumentException e) {
            throw new RiskPolicyException(source, lastThresholdLine, e.getMessage());
        }
        try {
            return new RiskPolicy(result.weights(), result.sensitivePaths(), result.thresholds(), outcomes,
                    result.hardRules(), result.outagePolicy());
        }
        catch (IllegalArgumentException e) {
            throw new RiskPolicyException(source, lastOutcomeLine, e.getMessage());
        }
    }
}
