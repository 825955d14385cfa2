// Signatures of org.kohsuke.stapler:stapler:2050.v425108fd5089 (org.kohsuke.stapler.StaplerProxy); compile-only, never packaged.
package org.kohsuke.stapler;

/** An object whose URL space is served by another object. */
public interface StaplerProxy {
    Object getTarget();
}
