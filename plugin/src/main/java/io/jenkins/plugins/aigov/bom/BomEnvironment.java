package io.jenkins.plugins.aigov.bom;

import java.io.IOException;
import java.util.Map;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;

import io.jenkins.plugins.aigov.config.AiGovernanceConfiguration;

/**
 * What {@code aiBom} needs from the running Jenkins on the controller. {@link JenkinsBomEnvironment} is the real one;
 * tests pass a hand-written one, as no Jenkins can run in this build.
 */
interface BomEnvironment {
    /** The administrator's settings (marker rules for a provenance run of the step's own). */
    AiGovernanceConfiguration configuration();

    /** The credentials with this id that {@code run} may use, or {@code null}; records the use with the run. */
    StandardCredentials credentials(String id, Run<?, ?> run);

    /** Jenkins' root URL with a final slash, or {@code null} when none is configured. */
    String rootUrl();

    /**
     * Archives files of {@code directory} (a folder on the controller) as build artifacts.
     *
     * @param artifacts path in the archive → path relative to {@code directory}
     */
    void archive(Run<?, ?> run, FilePath directory, Launcher launcher, TaskListener listener,
            Map<String, String> artifacts) throws IOException, InterruptedException;

    /**
     * Records a file produced by {@code run} in Jenkins' fingerprint store.
     *
     * @return the fingerprint's hash, as a {@code Fingerprinter.FingerprintAction} records it
     */
    String fingerprint(Run<?, ?> run, String fileName, String md5) throws IOException;
}
