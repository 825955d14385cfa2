// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.security.AccessControlled); compile-only, never packaged.
package hudson.security;

/** An object with an access control list; this stand-in has no ACL to consult. */
public interface AccessControlled {
    default void checkPermission(final Permission permission) {
        throw new IllegalStateException("no Jenkins is running in this JVM: cannot check a permission");
    }

    default boolean hasPermission(final Permission permission) {
        throw new IllegalStateException("no Jenkins is running in this JVM: cannot check a permission");
    }
}
