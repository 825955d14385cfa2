// Signatures of org.kohsuke.stapler:stapler:2050.v425108fd5089 (org.kohsuke.stapler.interceptor.RequirePOST); compile-only, never packaged.
package org.kohsuke.stapler.interceptor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The web method answers POST requests only: the real annotation is meta-annotated with Stapler's
 * {@code @InterceptorAnnotation(RequirePOST.Processor.class)}, which refuses any other method (405, or core's
 * "retry using POST" page); POSTs in turn pass core's CSRF crumb filter. The real class is loaded at run time.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface RequirePOST {
}
