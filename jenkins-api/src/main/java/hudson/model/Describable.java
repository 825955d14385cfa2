// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.model.Describable); compile-only, never packaged.
package hudson.model;

/** A configurable thing with a descriptor. */
public interface Describable<T extends Describable<T>> {
}
