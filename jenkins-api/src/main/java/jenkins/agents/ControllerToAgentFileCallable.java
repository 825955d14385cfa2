// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (jenkins.agents.ControllerToAgentFileCallable); compile-only, never packaged.
package jenkins.agents;

import hudson.FilePath;
import org.jenkinsci.remoting.RoleChecker;

/** A file callable the controller sends to an agent. */
public interface ControllerToAgentFileCallable<T> extends FilePath.FileCallable<T> {
    @Override
    default void checkRoles(final RoleChecker checker) throws SecurityException {
        // the real default requires the agent role; the local stand-in has no roles to check
    }
}
