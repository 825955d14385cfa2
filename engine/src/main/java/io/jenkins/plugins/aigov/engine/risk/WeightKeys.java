package io.jenkins.plugins.aigov.engine.risk;

import java.util.LinkedHashMap;
import java.util.Map;

/** The weight keys of {@link RiskWeights}, in documented order, with their defaults and meanings. */
final class WeightKeys {
    static final String AI_SHARE = "ai-share";
    static final String SENSITIVE_PREFIX = "sensitive.";
    static final String SENSITIVE_AI_FACTOR = "sensitive.ai-factor";
    static final String SIZE_LINES = "size.lines";
    static final String SIZE_LINES_SATURATION = "size.lines-saturation";
    static final String SIZE_FILES = "size.files";
    static final String SIZE_FILES_SATURATION = "size.files-saturation";
    static final String FINDING_PREFIX = "finding.";
    static final String FINDING_AI_FACTOR = "finding.ai-factor";
    static final String NEW_DEPENDENCY = "new-dependency";
    static final String NEW_DEPENDENCY_MAX = "new-dependency.max";
    static final String PROVENANCE_PREFIX = "provenance.";
    static final String PROVENANCE_OTHER = "provenance.other";
    static final String SCORE_MAX = "score.max";

    /** Key → default value, in documented order. */
    static final Map<String, Double> DEFAULTS;
    /** Key → meaning, for documentation and messages. */
    static final Map<String, String> MEANINGS;

    static {
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, String> meanings = new LinkedHashMap<>();
        put(values, meanings, AI_SHARE, 30, "points at 100 % AI share of added lines (linear)");
        put(values, meanings, "sensitive.auth", 12, "auth paths touched");
        put(values, meanings, "sensitive.payments", 12, "payments paths touched");
        put(values, meanings, "sensitive.crypto", 12, "crypto paths touched");
        put(values, meanings, "sensitive.secrets", 12, "secrets paths touched");
        put(values, meanings, "sensitive.ci", 8, "CI / pipeline config touched");
        put(values, meanings, "sensitive.infrastructure", 8, "infrastructure paths touched");
        put(values, meanings, "sensitive.migrations", 8, "database migrations touched");
        put(values, meanings, "sensitive.dependency-manifests", 4, "dependency manifests touched");
        put(values, meanings, SENSITIVE_AI_FACTOR, 1.5, "multiplier when an AI commit touched the category (>= 1)");
        put(values, meanings, SIZE_LINES, 10, "points at the saturation (log scale) for lines added + deleted");
        put(values, meanings, SIZE_LINES_SATURATION, 5000, "lines at which size.lines is reached (>= 1)");
        put(values, meanings, SIZE_FILES, 5, "points at the saturation (log scale) for files changed");
        put(values, meanings, SIZE_FILES_SATURATION, 100, "files at which size.files is reached (>= 1)");
        put(values, meanings, "finding.critical", 25, "per unsuppressed critical finding");
        put(values, meanings, "finding.high", 10, "per unsuppressed high finding");
        put(values, meanings, "finding.medium", 4, "per unsuppressed medium finding");
        put(values, meanings, "finding.low", 1, "per unsuppressed low finding");
        put(values, meanings, "finding.info", 0, "per unsuppressed info finding");
        put(values, meanings, FINDING_AI_FACTOR, 1.5, "multiplier for a finding on an AI-written line (>= 1)");
        put(values, meanings, NEW_DEPENDENCY, 2, "per new dependency");
        put(values, meanings, NEW_DEPENDENCY_MAX, 20, "at most this many points for new dependencies");
        put(values, meanings, "provenance.ai-commit-without-owner", 8, "per AI commit without a human owner");
        put(values, meanings, "provenance.ai-commit-without-model", 3, "per AI commit without a model id");
        put(values, meanings, "provenance.ai-commit-unsigned", 1, "per unsigned AI commit");
        put(values, meanings, "provenance.spoofable-evidence-only", 2, "per AI commit known only from spoofable"
                + " evidence");
        put(values, meanings, PROVENANCE_OTHER, 2, "per provenance-policy finding of any other rule id");
        put(values, meanings, SCORE_MAX, 100, "the score is capped here (>= 1)");
        DEFAULTS = java.util.Collections.unmodifiableMap(values);
        MEANINGS = java.util.Collections.unmodifiableMap(meanings);
    }

    private WeightKeys() {
    }

    private static void put(final Map<String, Double> values, final Map<String, String> meanings, final String key,
            final double value, final String meaning) {
        values.put(key, value);
        meanings.put(key, meaning);
    }

    /** The smallest value a key accepts. */
    static double minimum(final String key) {
        boolean atLeastOne = key.endsWith("ai-factor") || key.endsWith("-saturation") || key.equals(SCORE_MAX);
        return atLeastOne ? 1 : 0;
    }
}
