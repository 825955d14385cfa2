// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (jenkins.util.BuildListenerAdapter); compile-only, never packaged.
package jenkins.util;

import java.io.PrintStream;

import hudson.model.BuildListener;
import hudson.model.TaskListener;

/** Presents a {@link TaskListener} (a Pipeline step's) as a {@link BuildListener}. */
public final class BuildListenerAdapter implements BuildListener {
    private static final long serialVersionUID = 1L;

    private final TaskListener delegate;

    public BuildListenerAdapter(final TaskListener delegate) {
        this.delegate = delegate;
    }

    @Override
    public PrintStream getLogger() {
        return delegate.getLogger();
    }

    public static BuildListener wrap(final TaskListener l) {
        return l instanceof BuildListener b ? b : new BuildListenerAdapter(l);
    }
}
