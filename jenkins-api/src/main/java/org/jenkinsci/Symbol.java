// Signatures of org.jenkins-ci:symbol-annotation:1.25 (org.jenkinsci.Symbol); compile-only, never packaged.
package org.jenkinsci;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.jvnet.hudson.annotation_indexer.Indexed;

/** Short names of a describable for Pipeline and configuration as code. */
@Indexed
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
public @interface Symbol {
    String[] value();
}
