package io.jenkins.plugins.aigov.engine.risk;

import java.util.Locale;

/**
 * How risky a change is, from its score and the policy's thresholds, in increasing order.
 */
public enum RiskTier {
    /** Below the MEDIUM threshold. */
    LOW,
    /** At or above the MEDIUM threshold. */
    MEDIUM,
    /** At or above the HIGH threshold. */
    HIGH,
    /** At or above the CRITICAL threshold. */
    CRITICAL;

    /** The lower-case name used in policy text ({@code threshold.medium}, {@code outcome.high}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code low|medium|high|critical} (any case). */
    public static RiskTier parse(final String text) {
        for (RiskTier tier : values()) {
            if (tier.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return tier;
            }
        }
        throw new IllegalArgumentException("unknown tier '" + text + "' (expected low, medium, high or critical)");
    }
}
