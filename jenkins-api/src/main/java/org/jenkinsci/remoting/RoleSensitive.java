// Signatures of org.jenkins-ci.main:remoting:3352.v17a_fb_4b_2773f (org.jenkinsci.remoting.RoleSensitive); compile-only, never packaged.
package org.jenkinsci.remoting;

/** Something that says which side of a channel it may run on. */
public interface RoleSensitive {
    void checkRoles(RoleChecker checker) throws SecurityException;
}
