// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.security.Permission); compile-only, never packaged.
package hudson.security;

/** A permission; this stand-in only has an identity. */
public final class Permission {
    private Permission() {
    }
}
