// Signatures of org.jenkins-ci.plugins:credentials:1511.v2e3cb_0008ef0 (read at the snapshot HEAD d96751bc) (com.cloudbees.plugins.credentials.common.PasswordCredentials); compile-only, never packaged.
package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import hudson.util.Secret;

/** Credentials with a password. */
public interface PasswordCredentials extends Credentials {
    Secret getPassword();
}
