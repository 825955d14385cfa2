// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.model.Item); compile-only, never packaged.
package hudson.model;

/** A job, folder or other item; only its type is used here (as a nullable credentials context). */
public interface Item {
}
