package io.jenkins.plugins.aigov.provenance;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Shared with the tests of the other packages. A hand-written {@link StepContext}: the Jenkins test harness (JenkinsRule) cannot be reached from this build,
 * so the step runs against this fake, real files and a real git repository instead.
 */
public final class FakeStepContext extends StepContext {
    private static final long serialVersionUID = 1L;

    private final transient Map<Class<?>, Object> objects = new HashMap<>();
    private final transient CompletableFuture<Object> outcome = new CompletableFuture<>();

    public <T> FakeStepContext with(final Class<T> type, final T value) {
        objects.put(type, value);
        return this;
    }

    @Override
    public <T> T get(final Class<T> key) {
        return key.cast(objects.get(key));
    }

    @Override
    public void onSuccess(final Object result) {
        outcome.complete(result);
    }

    @Override
    public void onFailure(final Throwable t) {
        outcome.completeExceptionally(t);
    }

    /** Waits for the step to finish; rethrows its failure. */
    public Object await() throws Exception {
        try {
            return outcome.get(2, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public boolean equals(final Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
