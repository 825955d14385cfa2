// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.model.BuildListener); compile-only, never packaged.
package hudson.model;

/** The listener of a build, as an artifact manager takes it. */
public interface BuildListener extends TaskListener {
}
