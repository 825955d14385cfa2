package io.jenkins.plugins.aigov.gates;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.model.Run;
import io.jenkins.plugins.aigov.config.AiGovernanceConfiguration;

/** The running Jenkins: its global configuration and the credentials plugin's stores. */
final class JenkinsGatesEnvironment implements GatesEnvironment {
    static final JenkinsGatesEnvironment INSTANCE = new JenkinsGatesEnvironment();

    private JenkinsGatesEnvironment() {
    }

    @Override
    public AiGovernanceConfiguration configuration() {
        return AiGovernanceConfiguration.get();
    }

    @Override
    public StandardCredentials credentials(final String id, final Run<?, ?> run) {
        // looked up as the build's authentication, in the job's context (folder and global stores)
        StandardCredentials found = CredentialsProvider.findCredentialById(id, StandardCredentials.class, run);
        return CredentialsProvider.track(run, found);
    }
}
