// Signatures of org.jenkins-ci.plugins:credentials:1511.v2e3cb_0008ef0 (read at the snapshot HEAD d96751bc) (com.cloudbees.plugins.credentials.common.StandardCredentials); compile-only, never packaged.
package com.cloudbees.plugins.credentials.common;

/** Credentials with an id and a description. */
public interface StandardCredentials extends IdCredentials {
    String getDescription();
}
