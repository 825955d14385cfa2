package io.jenkins.plugins.aigov.engine.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.jenkins.plugins.aigov.engine.model.OutagePolicy;
import io.jenkins.plugins.aigov.engine.model.Outcome;

/** Parses the values of risk policy text, failing with the source and line. */
final class PolicyValues {
    private PolicyValues() {
    }

    /** Parses {@code fail-open|fail-closed} (also with {@code _}, any case). */
    static OutagePolicy outage(final String value, final String source, final int line)
            throws RiskPolicyException {
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (OutagePolicy policy : OutagePolicy.values()) {
            if (policy.name().equals(name)) {
                return policy;
            }
        }
        throw new RiskPolicyException(source, line, "'outage' must be fail-open or fail-closed, got '" + value + "'");
    }

    /** Parses a tier key suffix ({@code threshold.high}) or fails with the line. */
    static RiskTier tier(final String key, final String prefix, final String source, final int line)
            throws RiskPolicyException {
        try {
            return RiskTier.parse(key.substring(prefix.length()));
        }
        catch (IllegalArgumentException e) {
            throw new RiskPolicyException(source, line, "'" + key + "': " + e.getMessage());
        }
    }

    /** Parses a hard rule key suffix or fails with the line. */
    static HardRule hardRule(final String key, final String source, final int line) throws RiskPolicyException {
        HardRule rule = HardRule.byId(key.substring("hard-rule.".length()));
        if (rule == null) {
            List<String> ids = new ArrayList<>();
            for (HardRule known : HardRule.values()) {
                ids.add(known.id());
            }
            throw new RiskPolicyException(source, line, "unknown hard rule '" + key + "' (known: "
                    + String.join(", ", ids) + ")");
        }
        return rule;
    }

    /** Parses an outcome value or fails with the line. */
    static Outcome outcome(final String key, final String value, final String source, final int line)
            throws RiskPolicyException {
        try {
            return Outcomes.parse(value);
        }
        catch (IllegalArgumentException e) {
            throw new RiskPolicyException(source, line, "'" + key + "': " + e.getMessage());
        }
    }
}
