package io.jenkins.plugins.aigov.engine.model;

import java.util.Locale;

/**
 * How bad a finding is, ordered from least to most severe.
 */
public enum Severity {
    /** Worth knowing, never fails anything by default. */
    INFO,
    /** Low risk. */
    LOW,
    /** Medium risk. */
    MEDIUM,
    /** High risk. */
    HIGH,
    /** Critical: fails the stage by default. */
    CRITICAL;

    /** Whether this is at least as severe as {@code other}. */
    public boolean isAtLeast(final Severity other) {
        return compareTo(other) >= 0;
    }

    /** Parses {@code info|low|medium|high|critical} (any case). */
    public static Severity parse(final String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown severity '" + text
                    + "' (expected info, low, medium, high or critical)", e);
        }
    }

    /** The lower-case name used in files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
