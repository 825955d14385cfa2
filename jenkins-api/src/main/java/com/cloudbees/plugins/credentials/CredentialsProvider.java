// Signatures of org.jenkins-ci.plugins:credentials:1511.v2e3cb_0008ef0 (read at the snapshot HEAD d96751bc) (com.cloudbees.plugins.credentials.CredentialsProvider); compile-only, never packaged.
package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Run;

/** The credential stores; this stand-in has none, as there is no running Jenkins. */
public abstract class CredentialsProvider extends Descriptor<CredentialsProvider>
        implements ExtensionPoint, Describable<CredentialsProvider> {
    private CredentialsProvider() {
    }

    public static <C extends IdCredentials> C findCredentialById(final String id, final Class<C> type,
            final Run<?, ?> run) {
        throw new IllegalStateException("no Jenkins is running in this JVM: cannot look up credentials " + id);
    }

    public static <C extends Credentials> C track(final Run build, final C credentials) {
        return credentials;
    }
}
