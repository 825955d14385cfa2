// Signatures of org.kohsuke.stapler:stapler:2050.v425108fd5089 (org.kohsuke.stapler.DataBoundConstructor); compile-only, never packaged.
package org.kohsuke.stapler;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The constructor that form and Pipeline data bind to. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.CONSTRUCTOR)
@Documented
public @interface DataBoundConstructor {
}
