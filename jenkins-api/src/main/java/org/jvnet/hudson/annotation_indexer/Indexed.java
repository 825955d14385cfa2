// Signatures of org.jenkins-ci:annotation-indexer:1.18 (org.jvnet.hudson.annotation_indexer.Indexed); compile-only, never packaged.
package org.jvnet.hudson.annotation_indexer;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** Marks an annotation whose uses are listed in {@code META-INF/services/annotations/<annotation>}. */
@Documented
@Retention(RUNTIME)
@Target(ANNOTATION_TYPE)
public @interface Indexed {
}
