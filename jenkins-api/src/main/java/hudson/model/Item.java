// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.model.Item); compile-only, never packaged.
package hudson.model;

import hudson.security.Permission;

/**
 * A job, folder or other item; used as a nullable credentials context, and for its permissions (object-typed
 * constants without a value: calls resolve to core's fields at run time).
 */
public interface Item {
    Permission BUILD = null;
}
