// Signatures of org.jenkins-ci.plugins.workflow:workflow-step-api:724.v538c2362b_dfb_ (org.jenkinsci.plugins.workflow.steps.StepExecution); compile-only, never packaged.
package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;

/** The running state of one step call. */
public abstract class StepExecution implements Serializable {
    private static final long serialVersionUID = 1L;
    private final StepContext context;

    protected StepExecution(final StepContext context) {
        this.context = context;
    }

    public StepContext getContext() {
        return context;
    }

    public abstract boolean start() throws Exception;

    public void stop(final Throwable cause) throws Exception {
        context.onFailure(cause);
    }

    /** Called after a controller restart on each execution that was running; by default nothing. */
    public void onResume() {
    }

    /** A short description of what the execution is doing (thread dumps, the build's status); may be null. */
    public String getStatus() {
        return null;
    }
}
