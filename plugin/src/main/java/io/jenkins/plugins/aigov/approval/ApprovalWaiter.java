package io.jenkins.plugins.aigov.approval;

/** The live side of a pending approval: the step execution that waits for it. */
public interface ApprovalWaiter {
    /**
     * Called once, off the CPS VM thread, when the request is decided (or at once on registration if it already was,
     * e.g. decided while the controller restarted).
     */
    void decided(ApprovalRequest request);
}
