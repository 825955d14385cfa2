package io.jenkins.plugins.aigov.engine.model;

/**
 * What an unverifiable check (registry unreachable, timeout, 5xx …) means for the decision.
 */
public enum OutagePolicy {
    /** Warn and go on (the default): unverified checks are reported, the decision ignores them. */
    FAIL_OPEN,
    /** Stop: any unverified check makes the outcome {@link Outcome#OUTAGE}. */
    FAIL_CLOSED
}
