// Signatures of org.jenkins-ci.plugins:credentials:1511.v2e3cb_0008ef0 (read at the snapshot HEAD d96751bc) (com.cloudbees.plugins.credentials.common.UsernamePasswordCredentials); compile-only, never packaged.
package com.cloudbees.plugins.credentials.common;

/** A user name and a password. */
public interface UsernamePasswordCredentials extends UsernameCredentials, PasswordCredentials {
}
