// Signatures of org.jenkins-ci.plugins:credentials:1511.v2e3cb_0008ef0 (read at the snapshot HEAD d96751bc) (com.cloudbees.plugins.credentials.common.StandardListBoxModel); compile-only, never packaged.
package com.cloudbees.plugins.credentials.common;

/** A drop-down of standard credentials. */
public class StandardListBoxModel extends AbstractIdCredentialsListBoxModel<StandardListBoxModel, StandardCredentials> {
    private static final long serialVersionUID = 1L;

    @Override
    protected String describe(final StandardCredentials c) {
        return c.getId();
    }
}
