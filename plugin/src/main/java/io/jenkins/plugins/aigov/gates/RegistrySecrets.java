package io.jenkins.plugins.aigov.gates;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.model.Run;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

import io.jenkins.plugins.aigov.config.RegistryEntry;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistryCredentials;

/**
 * Turns the credentials id of a registry into the secret the engine sends: a user name with password becomes HTTP
 * Basic, a secret text a Bearer token. Runs on the controller when the step starts; the secret then travels to the
 * agent inside the request and is never logged.
 */
final class RegistrySecrets {
    private final GatesEnvironment environment;
    private final Run<?, ?> run;

    RegistrySecrets(final GatesEnvironment environment, final Run<?, ?> run) {
        this.environment = environment;
        this.run = run;
    }

    /**
     * The secret of a registry.
     *
     * @throws IllegalArgumentException when the credentials are missing, not visible to this build, or of a kind a
     *                                  registry cannot use
     */
    RegistryCredentials of(final RegistryEntry entry) {
        String id = entry.getCredentialsId();
        StandardCredentials credentials = environment.credentials(id, run);
        if (credentials == null) {
            throw new IllegalArgumentException("the credentials '" + id + "' of registry " + entry.displayName()
                    + " were not found, or this build may not use them (System-scoped credentials are not visible"
                    + " to builds; use Global scope or a folder store)");
        }
        if (credentials instanceof StandardUsernamePasswordCredentials basic) {
            return RegistryCredentials.basic(basic.getUsername(), basic.getPassword().getPlainText().toCharArray());
        }
        if (credentials instanceof StringCredentials token) {
            return RegistryCredentials.bearer(token.getSecret().getPlainText().toCharArray());
        }
        throw new IllegalArgumentException("the credentials '" + id + "' of registry " + entry.displayName()
                + " are neither a user name with password nor a secret text");
    }
}
