// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (jenkins.MasterToSlaveFileCallable); compile-only, never packaged.
package jenkins;

import jenkins.agents.ControllerToAgentFileCallable;

/** Base of file callables sent from the controller to an agent. */
public abstract class MasterToSlaveFileCallable<T> implements ControllerToAgentFileCallable<T> {
    private static final long serialVersionUID = 1L;
}
