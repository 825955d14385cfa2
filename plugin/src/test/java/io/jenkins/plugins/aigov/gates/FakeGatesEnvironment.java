package io.jenkins.plugins.aigov.gates;

import java.util.HashMap;
import java.util.Map;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.model.Run;
import hudson.util.Secret;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

import io.jenkins.plugins.aigov.config.AiGovernanceConfiguration;

/**
 * A hand-written stand-in for the running Jenkins (no JenkinsRule can run here): a configuration object the test
 * sets up, and credentials kept in a map, as the credentials plugin's stores would hold them.
 */
final class FakeGatesEnvironment implements GatesEnvironment {
    private final AiGovernanceConfiguration configuration;
    private final Map<String, StandardCredentials> credentials = new HashMap<>();

    FakeGatesEnvironment(final AiGovernanceConfiguration configuration) {
        this.configuration = configuration;
    }

    FakeGatesEnvironment withUsernamePassword(final String id, final String username, final String password) {
        credentials.put(id, new UsernamePassword(id, username, password));
        return this;
    }

    FakeGatesEnvironment withSecretText(final String id, final String secret) {
        credentials.put(id, new SecretText(id, secret));
        return this;
    }

    @Override
    public AiGovernanceConfiguration configuration() {
        return configuration;
    }

    @Override
    public StandardCredentials credentials(final String id, final Run<?, ?> run) {
        return credentials.get(id);
    }

    private record UsernamePassword(String id, String username, String password)
            implements StandardUsernamePasswordCredentials {
        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getDescription() {
            return "test user";
        }

        @Override
        public String getUsername() {
            return username;
        }

        @Override
        public Secret getPassword() {
            return Secret.fromString(password);
        }
    }

    private record SecretText(String id, String secret) implements StringCredentials {
        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getDescription() {
            return "test token";
        }

        @Override
        public Secret getSecret() {
            return Secret.fromString(secret);
        }
    }
}
