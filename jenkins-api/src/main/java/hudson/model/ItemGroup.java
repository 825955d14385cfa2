// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.model.ItemGroup); compile-only, never packaged.
package hudson.model;

/** A container of items (a folder, Jenkins itself). Only named here as the parent of a job. */
public interface ItemGroup<T extends Item> {
}
