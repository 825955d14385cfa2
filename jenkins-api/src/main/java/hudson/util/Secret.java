// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.util.Secret); compile-only, never packaged.
package hudson.util;

import java.io.Serializable;

/** A secret value; this stand-in keeps the plain text (core keeps it encrypted at rest). */
public final class Secret implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String value;

    private Secret(final String value) {
        this.value = value;
    }

    @Override
    @Deprecated
    public String toString() {
        return value;
    }

    public String getPlainText() {
        return value;
    }

    @Override
    public boolean equals(final Object that) {
        return that instanceof Secret other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    public static Secret fromString(final String data) {
        return new Secret(data == null ? "" : data);
    }
}
