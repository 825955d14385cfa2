package io.jenkins.plugins.aigov.engine.model;

/**
 * What a build should do after the gates, from mildest to hardest. {@link #OUTAGE} is its own outcome: a registry
 * or scanner could not answer, so nothing can be said about some input; the outage policy decides whether it
 * fails the build.
 */
public enum Outcome {
    /** Nothing to stop for. */
    PASS,
    /** Mark the stage and build unstable. */
    UNSTABLE,
    /** Wait for a permitted person to approve or reject. */
    APPROVAL,
    /** Fail the stage; later stages do not run. */
    FAIL,
    /** A registry or scanner could not answer (fail-closed policy). */
    OUTAGE
}
