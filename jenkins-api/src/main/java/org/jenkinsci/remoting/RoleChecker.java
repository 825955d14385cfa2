// Signatures of org.jenkins-ci.main:remoting:3352.v17a_fb_4b_2773f (org.jenkinsci.remoting.RoleChecker); compile-only, never packaged.
package org.jenkinsci.remoting;

/** Checks roles of callables. */
public abstract class RoleChecker {
}
