package io.jenkins.plugins.aigov.engine.provenance;

import java.io.Serializable;

/**
 * A git trailer ({@code Key: value}) from the last paragraph of a commit message.
 *
 * @param key   the key as written (compare case-insensitively)
 * @param value the value, trimmed
 * @param line  1-based line number inside the commit message
 */
public record Trailer(String key, String value, int line) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Whether the key equals {@code other}, ignoring case. */
    public boolean is(final String other) {
        return key.equalsIgnoreCase(other);
    }
}
