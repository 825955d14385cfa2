// Signatures of org.jenkins-ci.main:remoting:3352.v17a_fb_4b_2773f (hudson.remoting.VirtualChannel); compile-only, never packaged.
package hudson.remoting;

/** A channel to another JVM. */
public interface VirtualChannel {
}
