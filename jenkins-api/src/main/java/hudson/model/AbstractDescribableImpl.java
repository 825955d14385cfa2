// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.model.AbstractDescribableImpl); compile-only, never packaged.
package hudson.model;

/** Convenience base of describables (deprecated in core, still the base of Step). */
@Deprecated
public abstract class AbstractDescribableImpl<T extends AbstractDescribableImpl<T>> implements Describable<T> {
}
