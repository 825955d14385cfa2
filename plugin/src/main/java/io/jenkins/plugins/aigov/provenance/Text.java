package io.jenkins.plugins.aigov.provenance;

import java.util.List;

/** Small text helpers for parameters and views. */
final class Text {
    private Text() {
    }

    /** The stripped text, or {@code null} when it is {@code null} or blank. */
    static String trimToNull(final String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The items joined with ", ", or an empty string. */
    static String join(final List<String> items) {
        return String.join(", ", items);
    }
}
