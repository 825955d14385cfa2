// Signatures of org.jenkins-ci.plugins.workflow:workflow-step-api:724.v538c2362b_dfb_ (org.jenkinsci.plugins.workflow.steps.StepContext); compile-only, never packaged.
package org.jenkinsci.plugins.workflow.steps;

import java.io.IOException;
import java.io.Serializable;

import com.google.common.util.concurrent.FutureCallback;

/** What a running step can reach (run, workspace, listener, …) and how it reports its outcome. */
public abstract class StepContext implements FutureCallback<Object>, Serializable {
    private static final long serialVersionUID = 1L;

    public abstract <T> T get(Class<T> key) throws IOException, InterruptedException;

    @Override
    public abstract void onSuccess(Object result);

    @Override
    public abstract boolean equals(Object o);

    @Override
    public abstract int hashCode();
}
