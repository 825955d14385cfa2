package io.jenkins.plugins.aigov.bom;

import java.io.IOException;
import java.util.Map;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import jenkins.util.BuildListenerAdapter;

import io.jenkins.plugins.aigov.JenkinsFacade;
import io.jenkins.plugins.aigov.config.AiGovernanceConfiguration;

/**
 * The running Jenkins: the global configuration, the credentials plugin's stores, the build's artifact manager
 * (the standard one, or whatever an artifact-manager plugin configured) and the fingerprint store.
 */
final class JenkinsBomEnvironment implements BomEnvironment {
    static final JenkinsBomEnvironment INSTANCE = new JenkinsBomEnvironment();

    private final JenkinsFacade jenkins = new JenkinsFacade();

    private JenkinsBomEnvironment() {
    }

    @Override
    public AiGovernanceConfiguration configuration() {
        return AiGovernanceConfiguration.get();
    }

    @Override
    public StandardCredentials credentials(final String id, final Run<?, ?> run) {
        // as aiGates does: looked up as the build's authentication, in the job's context (folder and global stores)
        StandardCredentials found = CredentialsProvider.findCredentialById(id, StandardCredentials.class, run);
        return CredentialsProvider.track(run, found);
    }

    @Override
    public String rootUrl() {
        return jenkins.getRootUrl();
    }

    @Override
    public void archive(final Run<?, ?> run, final FilePath directory, final Launcher launcher,
            final TaskListener listener, final Map<String, String> artifacts) throws IOException, InterruptedException {
        // what core's ArtifactArchiver (archiveArtifacts) does, with the run directory as the "workspace"
        run.pickArtifactManager().archive(directory, launcher, BuildListenerAdapter.wrap(listener), artifacts);
    }

    @Override
    public String fingerprint(final Run<?, ?> run, final String fileName, final String md5) throws IOException {
        return jenkins.recordFingerprint(run, fileName, md5);
    }
}
