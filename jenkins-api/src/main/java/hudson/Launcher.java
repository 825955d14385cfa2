// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.Launcher); compile-only, never packaged.
package hudson;

import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;

/** Starts processes on a node; only passed through here (to an artifact manager), never called. */
public abstract class Launcher {
    protected Launcher(final TaskListener listener, final VirtualChannel channel) {
    }
}
