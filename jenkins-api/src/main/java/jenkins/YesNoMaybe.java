// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (jenkins.YesNoMaybe); compile-only, never packaged.
package jenkins;

/** A three-valued answer. */
public enum YesNoMaybe {
    YES, NO, MAYBE;

    public static Boolean toBoolean(final YesNoMaybe v) {
        return v == null ? null : v.toBool();
    }

    public Boolean toBool() {
        return this == MAYBE ? null : this == YES;
    }
}
