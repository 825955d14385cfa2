package io.jenkins.plugins.aigov.engine;

/**
 * The checked root of the engine's failures. {@link #isUsageError()} tells a caller's mistake (not a git
 * repository, an unknown revision, a bad option) from a failure to run.
 */
public class GovernanceException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean usageError;

    /** A failure to run. */
    public GovernanceException(final String message, final Throwable cause) {
        super(message, cause);
        this.usageError = false;
    }

    /** A failure; {@code usageError} says whether the caller's input was wrong. */
    public GovernanceException(final String message, final boolean usageError) {
        super(message);
        this.usageError = usageError;
    }

    /** Whether the caller's input was wrong (as opposed to a failure to run). */
    public boolean isUsageError() {
        return usageError;
    }
}
