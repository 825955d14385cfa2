package io.jenkins.plugins.aigov.bom;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.Secret;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

import io.jenkins.plugins.aigov.config.AiGovernanceConfiguration;

/**
 * A hand-written stand-in for the running Jenkins (no JenkinsRule can run in this build): credentials kept in a map
 * as the credentials plugin's stores would hold them, an artifact manager that copies into a folder as core's
 * standard one does, and a fingerprint store that remembers what it was given.
 */
final class FakeBomEnvironment implements BomEnvironment {
    private final AiGovernanceConfiguration configuration = new AiGovernanceConfiguration();
    private final Map<String, StandardCredentials> credentials = new HashMap<>();
    private final Path archive;
    private final Map<String, String> fingerprints = new LinkedHashMap<>();
    private String rootUrl;

    FakeBomEnvironment(final Path archive) {
        this.archive = archive;
    }

    FakeBomEnvironment withRootUrl(final String url) {
        this.rootUrl = url;
        return this;
    }

    FakeBomEnvironment withSecretText(final String id, final String secret) {
        credentials.put(id, new SecretText(id, secret));
        return this;
    }

    FakeBomEnvironment withSecretFile(final String id, final String content) {
        credentials.put(id, new SecretFile(id, content.getBytes(StandardCharsets.US_ASCII)));
        return this;
    }

    /** Archived files: path in the archive → content. */
    Path archive() {
        return archive;
    }

    /** Recorded fingerprints: file name → MD5. */
    Map<String, String> fingerprints() {
        return fingerprints;
    }

    @Override
    public AiGovernanceConfiguration configuration() {
        return configuration;
    }

    @Override
    public StandardCredentials credentials(final String id, final Run<?, ?> run) {
        return credentials.get(id);
    }

    @Override
    public String rootUrl() {
        return rootUrl;
    }

    @Override
    public void archive(final Run<?, ?> run, final FilePath directory, final Launcher launcher,
            final TaskListener listener, final Map<String, String> artifacts) throws IOException {
        for (Map.Entry<String, String> artifact : artifacts.entrySet()) {
            Path target = archive.resolve(artifact.getKey());
            Files.createDirectories(target.getParent());
            Files.copy(Path.of(directory.getRemote()).resolve(artifact.getValue()), target);
        }
    }

    @Override
    public String fingerprint(final Run<?, ?> run, final String fileName, final String md5) {
        fingerprints.put(fileName, md5);
        return md5;
    }

    private record SecretText(String id, String secret) implements StringCredentials {
        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getDescription() {
            return "signing key";
        }

        @Override
        public Secret getSecret() {
            return Secret.fromString(secret);
        }

        @Override
        public String toString() {
            return "SecretText[" + id + "]";
        }
    }

    private record SecretFile(String id, byte[] content) implements FileCredentials {
        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getDescription() {
            return "signing key file";
        }

        @Override
        public String getFileName() {
            return "bom-signing.pem";
        }

        @Override
        public InputStream getContent() {
            return new ByteArrayInputStream(content);
        }
    }
}
