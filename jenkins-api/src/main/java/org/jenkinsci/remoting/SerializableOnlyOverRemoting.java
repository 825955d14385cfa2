// Signatures of org.jenkins-ci.main:remoting:3352.v17a_fb_4b_2773f (org.jenkinsci.remoting.SerializableOnlyOverRemoting); compile-only, never packaged.
package org.jenkinsci.remoting;

import java.io.Serializable;

/** Serializable only when sent over a remoting channel. */
public interface SerializableOnlyOverRemoting extends Serializable {
}
