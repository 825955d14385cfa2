package io.jenkins.plugins.aigov.engine.risk;

/** Builds a request. */
final class RequestTextBuilder implements PolicyLines.Sink {
    private final String source;
    private final SensitivePaths.Builder sensitive = new SensitivePaths.Builder();
    private RiskPolicyRequest request = RiskPolicyRequest.NONE;

    RequestTextBuilder(final String source) {
        this.source = source;
    }

    @Override
    public void entry(final String key, final String value, final int line) throws RiskPolicyException {
        if (key.startsWith("weight.")) {
            throw new RiskPolicyException(source, line, "'" + key + "': weights are set by the admin only");
        }
        else if (key.startsWith("threshold.")) {
            request = request.withThreshold(PolicyValues.tier(key, "threshold.", source, line),
                    PolicyLines.number(key, value, source, line));
        }
        else if (key.startsWith("outcome.")) {
            request = request.withTierOutcome(PolicyValues.tier(key, "outcome.", source, line),
                    PolicyValues.outcome(key, value, source, line));
        }
        else if (key.startsWith("hard-rule.")) {
            HardRule rule = PolicyValues.hardRule(key, source, line);
            request = value.equalsIgnoreCase("off") ? request.withoutHardRule(rule)
                    : request.withHardRule(rule, PolicyValues.outcome(key, value, source, line));
        }
        else if (key.equals("outage")) {
            request = request.withOutagePolicy(PolicyValues.outage(value, source, line));
        }
        else {
            throw new RiskPolicyException(source, line, "unknown key '" + key + "' (expected threshold.*, "
                    + "outcome.*, hard-rule.*, outage or a [sensitive-paths] section)");
        }
    }

    @Override
    public void sensitive(final String line, final int number) throws RiskPolicyException {
        sensitive.addLine(line, source, number);
    }

    RiskPolicyRequest build() {
        return request.withExtraSensitivePaths(sensitive.build());
    }
}
