// Signatures of org.jenkins-ci.plugins:credentials:1511.v2e3cb_0008ef0 (read at the snapshot HEAD d96751bc) (com.cloudbees.plugins.credentials.common.IdCredentials); compile-only, never packaged.
package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;

/** Credentials with an id. */
public interface IdCredentials extends Credentials {
    String getId();
}
