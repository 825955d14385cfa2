// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.AbortException); compile-only, never packaged.
package hudson;

import java.io.IOException;

/** A failure whose message is enough for the user; no stack trace is printed. */
public class AbortException extends IOException {
    private static final long serialVersionUID = 1L;

    public AbortException() {
    }

    public AbortException(final String message) {
        super(message);
    }
}
