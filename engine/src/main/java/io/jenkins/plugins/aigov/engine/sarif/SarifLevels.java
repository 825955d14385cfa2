package io.jenkins.plugins.aigov.engine.sarif;

import java.util.Map;

import io.jenkins.plugins.aigov.engine.model.Severity;

/**
 * Our severities as SARIF writes them: {@code level} (critical and high {@code error}, medium {@code warning}, low
 * and info {@code note}) and the GitHub-style {@code security-severity} score (critical 9.5, high 8.0, medium 5.5,
 * low 3.0, info 0.0), which {@link LevelMapping#fromScore} reads back to the same severity.
 */
final class SarifLevels {
    private static final Map<Severity, String> SCORES = Map.of(Severity.CRITICAL, "9.5", Severity.HIGH, "8.0",
            Severity.MEDIUM, "5.5", Severity.LOW, "3.0", Severity.INFO, "0.0");

    private SarifLevels() {
    }

    static String level(final Severity severity) {
        return LevelMapping.levelsBySeverity().get(severity);
    }

    /** The score as text, as GitHub code scanning expects it. */
    static String securitySeverity(final Severity severity) {
        return SCORES.get(severity);
    }
}
