package io.jenkins.plugins.aigov;

import jenkins.model.Jenkins;

/**
 * The one place of the plugin that reaches the running Jenkins through {@code Jenkins.get()} (an ArchUnit rule keeps
 * it so). Tests substitute a subclass, as no Jenkins can run in this build.
 */
public class JenkinsFacade {
    /** Fails with Spring's {@code AccessDeniedException} unless the current user may administer Jenkins. */
    public void checkAdminister() {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
    }

    /** Whether the current user may administer Jenkins. */
    public boolean hasAdminister() {
        return Jenkins.get().hasPermission(Jenkins.ADMINISTER);
    }
}
