package io.jenkins.plugins.aigov.approval;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import hudson.model.Run;

/**
 * A hand-written stand-in for the running Jenkins (no JenkinsRule can run in this build): the "current user" is
 * whatever the test sets, and the timer is a real scheduler.
 */
public final class FakeApprovalEnvironment implements ApprovalEnvironment {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private volatile Approver current = new Approver("anonymous", true, List.of(), List.of(), false, null);

    /** Logs in a user. */
    public FakeApprovalEnvironment as(final String id, final boolean mayBuild, final String... groups) {
        current = new Approver(id, false, List.of(groups), id.contains("@") ? List.of(id) : List.of(), mayBuild,
                null);
        return this;
    }

    @Override
    public Approver currentApprover(final Run<?, ?> run, final Boolean viaApiToken) {
        Approver who = current;
        return new Approver(who.id(), who.anonymous(), who.authorities(), who.emails(), who.mayBuild(),
                viaApiToken);
    }

    @Override
    public ScheduledExecutorService timer() {
        return timer;
    }

    public void close() {
        timer.shutdownNow();
    }
}
