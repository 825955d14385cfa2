// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.model.Descriptor); compile-only, never packaged.
package hudson.model;

/** Metadata about a describable. */
public abstract class Descriptor<T extends Describable<T>> {
    protected Descriptor() {
    }

    public String getDisplayName() {
        return getClass().getSimpleName();
    }
}
