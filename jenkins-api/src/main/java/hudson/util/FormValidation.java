// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.util.FormValidation); compile-only, never packaged.
package hudson.util;

import java.io.IOException;

/** The outcome of a form field check. */
public abstract class FormValidation extends IOException {
    private static final long serialVersionUID = 1L;

    public final Kind kind;

    private FormValidation(final Kind kind, final String message) {
        super(message);
        this.kind = kind;
    }

    /** How bad it is. */
    public enum Kind { OK, WARNING, ERROR }

    public static FormValidation error(final String message) {
        return new Plain(Kind.ERROR, message);
    }

    public static FormValidation warning(final String message) {
        return new Plain(Kind.WARNING, message);
    }

    public static FormValidation ok(final String message) {
        return new Plain(Kind.OK, message);
    }

    public static FormValidation ok() {
        return new Plain(Kind.OK, null);
    }

    public abstract String renderHtml();

    private static final class Plain extends FormValidation {
        private static final long serialVersionUID = 1L;

        Plain(final Kind kind, final String message) {
            super(kind, message);
        }

        @Override
        public String renderHtml() {
            return getMessage() == null ? "<div/>" : "<div>" + getMessage() + "</div>";
        }
    }
}
