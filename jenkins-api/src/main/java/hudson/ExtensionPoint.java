// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.ExtensionPoint); compile-only, never packaged.
package hudson;

/** Marker of types that extensions implement. */
public interface ExtensionPoint {
}
