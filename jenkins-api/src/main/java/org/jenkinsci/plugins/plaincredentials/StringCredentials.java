// Signatures of org.jenkins-ci.plugins:plain-credentials:199.v9f8e1f741799 (org.jenkinsci.plugins.plaincredentials.StringCredentials); compile-only, never packaged.
package org.jenkinsci.plugins.plaincredentials;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.util.Secret;

/** A secret text, such as a token. */
public interface StringCredentials extends StandardCredentials {
    Secret getSecret();
}
