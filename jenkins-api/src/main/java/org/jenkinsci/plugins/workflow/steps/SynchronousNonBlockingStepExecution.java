// Signatures of org.jenkins-ci.plugins.workflow:workflow-step-api:724.v538c2362b_dfb_ (org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution); compile-only, never packaged.
package org.jenkinsci.plugins.workflow.steps;

/** Runs {@link #run()} on a background thread and completes the context with its value. */
public abstract class SynchronousNonBlockingStepExecution<T> extends StepExecution {
    private static final long serialVersionUID = 1L;

    protected SynchronousNonBlockingStepExecution(final StepContext context) {
        super(context);
    }

    protected abstract T run() throws Exception;

    @Override
    public final boolean start() throws Exception {
        Thread worker = new Thread(() -> {
            try {
                getContext().onSuccess(run());
            } catch (Throwable t) {
                getContext().onFailure(t);
            }
        }, "step " + getClass().getName());
        worker.setDaemon(true);
        worker.start();
        return false;
    }
}
