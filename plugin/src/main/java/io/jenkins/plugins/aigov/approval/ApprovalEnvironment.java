package io.jenkins.plugins.aigov.approval;

import java.util.concurrent.ScheduledExecutorService;

import hudson.model.Run;

/**
 * What approvals need from the running Jenkins: who is asking, and a scheduler for the time-outs.
 * {@link JenkinsApprovalEnvironment} is the real one; tests pass their own (no Jenkins can run in this build).
 */
public interface ApprovalEnvironment {
    /**
     * The user of the current request (thread).
     *
     * @param viaApiToken whether the request authenticated with an API token; {@code null} outside a request
     */
    Approver currentApprover(Run<?, ?> run, Boolean viaApiToken);

    /** The controller's scheduler. */
    ScheduledExecutorService timer();
}
