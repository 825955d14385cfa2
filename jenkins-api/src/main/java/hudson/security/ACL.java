// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.security.ACL); compile-only, never packaged.
package hudson.security;

import org.springframework.security.core.Authentication;

/** Access control lists; only the system identity is used here. */
public abstract class ACL {
    public static final Authentication SYSTEM2 = null;

    private ACL() {
    }
}
