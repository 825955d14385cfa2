package io.jenkins.plugins.aigov.engine.risk;

import java.io.Serializable;

/**
 * The scores at which the tiers start; below {@code medium} is {@link RiskTier#LOW}.
 *
 * @param medium   MEDIUM at or above this score
 * @param high     HIGH at or above this score
 * @param critical CRITICAL at or above this score
 */
public record RiskThresholds(double medium, double high, double critical) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The documented defaults: MEDIUM from 25, HIGH from 50, CRITICAL from 75. */
    public static final RiskThresholds DEFAULTS = new RiskThresholds(25, 50, 75);

    /** Canonical constructor: the thresholds must be finite, positive and ascending (equal is allowed). */
    public RiskThresholds {
        if (!Double.isFinite(medium) || !Double.isFinite(high) || !Double.isFinite(critical) || medium <= 0
                || medium > high || high > critical) {
            throw new IllegalArgumentException("thresholds must be positive and ascending (medium <= high <= "
                    + "critical), were medium " + Points.plain(medium) + ", high " + Points.plain(high)
                    + ", critical " + Points.plain(critical));
        }
    }

    /** The tier of a score. */
    public RiskTier tierOf(final double score) {
        if (score >= critical) {
            return RiskTier.CRITICAL;
        }
        if (score >= high) {
            return RiskTier.HIGH;
        }
        return score >= medium ? RiskTier.MEDIUM : RiskTier.LOW;
    }

    /** Where a tier starts (0 for LOW). */
    public double of(final RiskTier tier) {
        return switch (tier) {
            case LOW -> 0;
            case MEDIUM -> medium;
            case HIGH -> high;
            case CRITICAL -> critical;
        };
    }

    /** These thresholds with one tier's start changed ({@code LOW} cannot be changed). */
    public RiskThresholds with(final RiskTier tier, final double value) {
        return switch (tier) {
            case LOW -> throw new IllegalArgumentException("LOW has no threshold");
            case MEDIUM -> new RiskThresholds(value, high, critical);
            case HIGH -> new RiskThresholds(medium, value, critical);
            case CRITICAL -> new RiskThresholds(medium, high, value);
        };
    }
}
