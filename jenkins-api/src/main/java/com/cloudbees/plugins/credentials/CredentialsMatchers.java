// Signatures of org.jenkins-ci.plugins:credentials:1511.v2e3cb_0008ef0 (read at the snapshot HEAD d96751bc) (com.cloudbees.plugins.credentials.CredentialsMatchers); compile-only, never packaged.
package com.cloudbees.plugins.credentials;

import java.util.List;

/** Factories of matchers. */
public class CredentialsMatchers {
    private CredentialsMatchers() {
    }

    public static CredentialsMatcher instanceOf(final Class clazz) {
        return item -> clazz.isInstance(item);
    }

    public static CredentialsMatcher anyOf(final CredentialsMatcher... matchers) {
        return item -> List.of(matchers).stream().anyMatch(m -> m.matches(item));
    }
}
