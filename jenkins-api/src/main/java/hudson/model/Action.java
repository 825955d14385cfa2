// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.model.Action); compile-only, never packaged.
package hudson.model;

/** Something attached to a model object, usually shown as a link. */
public interface Action {
    String getIconFileName();

    String getDisplayName();

    String getUrlName();
}
