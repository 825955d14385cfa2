package io.jenkins.plugins.aigov.gates;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.model.Run;
import io.jenkins.plugins.aigov.config.AiGovernanceConfiguration;

/**
 * What {@code aiGates} needs from the running Jenkins on the controller: the global configuration and the
 * credentials a run may use. {@link JenkinsGatesEnvironment} is the real one; tests pass their own.
 */
interface GatesEnvironment {
    /** The administrator's settings. */
    AiGovernanceConfiguration configuration();

    /** The credentials with this id that {@code run} may use, or {@code null}; records the use with the run. */
    StandardCredentials credentials(String id, Run<?, ?> run);
}
