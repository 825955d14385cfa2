// Signatures of org.jenkins-ci.plugins:credentials:1511.v2e3cb_0008ef0 (read at the snapshot HEAD d96751bc) (com.cloudbees.plugins.credentials.CredentialsMatcher); compile-only, never packaged.
package com.cloudbees.plugins.credentials;

import java.io.Serializable;

/** Selects credentials. */
public interface CredentialsMatcher extends Serializable {
    boolean matches(Credentials item);
}
