package io.jenkins.plugins.aigov.engine.risk;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.jenkins.plugins.aigov.engine.model.Severity;

/**
 * The weights of the risk model, by key ({@code ai-share}, {@code sensitive.auth}, {@code finding.high} …; see
 * {@code docs/risk.md} for the table of keys, defaults and meanings). Immutable and serializable; every key is
 * always present.
 *
 * @param values key → value, in documented order
 */
public record RiskWeights(Map<String, Double> values) implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final RiskWeights DEFAULTS = new RiskWeights(WeightKeys.DEFAULTS);

    /** Canonical constructor: checks every key and value, and keeps the documented order. */
    public RiskWeights {
        if (!values.keySet().equals(WeightKeys.DEFAULTS.keySet())) {
            throw new IllegalArgumentException("weights must have exactly the keys " + WeightKeys.DEFAULTS.keySet());
        }
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (String key : WeightKeys.DEFAULTS.keySet()) {
            ordered.put(key, check(key, values.get(key)));
        }
        values = Collections.unmodifiableMap(ordered);
    }

    /** The documented defaults. */
    public static RiskWeights defaults() {
        return DEFAULTS;
    }

    /** Every key, in documented order, with its meaning. */
    public static Map<String, String> meanings() {
        return WeightKeys.MEANINGS;
    }

    /**
     * These weights with one changed.
     *
     * @throws IllegalArgumentException for an unknown key or a value out of range, naming both
     */
    public RiskWeights with(final String key, final double value) {
        String normalised = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        if (!values.containsKey(normalised)) {
            throw new IllegalArgumentException("unknown weight '" + key + "' (known: "
                    + String.join(", ", values.keySet()) + ")");
        }
        Map<String, Double> changed = new LinkedHashMap<>(values);
        changed.put(normalised, value);
        return new RiskWeights(changed);
    }

    private static double check(final String key, final Double value) {
        double minimum = WeightKeys.minimum(key);
        if (value == null || !Double.isFinite(value) || value < minimum) {
            throw new IllegalArgumentException("weight " + key + " must be a number >= " + Points.plain(minimum)
                    + ", was " + value);
        }
        return value;
    }

    /** Points at 100 % AI share of added lines. */
    public double aiShare() {
        return values.get(WeightKeys.AI_SHARE);
    }

    /** Points for touching a sensitive category. */
    public double sensitive(final SensitiveCategory category) {
        return values.get(WeightKeys.SENSITIVE_PREFIX + category.id());
    }

    /** Multiplier when an AI commit touched the category. */
    public double sensitiveAiFactor() {
        return values.get(WeightKeys.SENSITIVE_AI_FACTOR);
    }

    /** Points for changed lines at saturation. */
    public double sizeLines() {
        return values.get(WeightKeys.SIZE_LINES);
    }

    /** Changed lines at which {@link #sizeLines()} is reached. */
    public double sizeLinesSaturation() {
        return values.get(WeightKeys.SIZE_LINES_SATURATION);
    }

    /** Points for changed files at saturation. */
    public double sizeFiles() {
        return values.get(WeightKeys.SIZE_FILES);
    }

    /** Changed files at which {@link #sizeFiles()} is reached. */
    public double sizeFilesSaturation() {
        return values.get(WeightKeys.SIZE_FILES_SATURATION);
    }

    /** Points per unsuppressed finding of a severity. */
    public double finding(final Severity severity) {
        return values.get(WeightKeys.FINDING_PREFIX + severity.id());
    }

    /** Multiplier for a finding on an AI-written line. */
    public double findingAiFactor() {
        return values.get(WeightKeys.FINDING_AI_FACTOR);
    }

    /** Points per new dependency. */
    public double newDependency() {
        return values.get(WeightKeys.NEW_DEPENDENCY);
    }

    /** At most this many points for new dependencies. */
    public double newDependencyMax() {
        return values.get(WeightKeys.NEW_DEPENDENCY_MAX);
    }

    /** Points per provenance-policy finding of a rule id ({@code provenance.other} for unknown ids). */
    public double provenance(final String ruleId) {
        return values.getOrDefault(WeightKeys.PROVENANCE_PREFIX + ruleId, values.get(WeightKeys.PROVENANCE_OTHER));
    }

    /** The score cap. */
    public double scoreMax() {
        return values.get(WeightKeys.SCORE_MAX);
    }
}
