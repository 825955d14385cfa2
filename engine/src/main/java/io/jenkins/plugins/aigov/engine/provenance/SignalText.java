package io.jenkins.plugins.aigov.engine.provenance;

/**
 * Small text helpers shared by the signal detectors: input caps and identity formatting.
 */
final class SignalText {
    /** Commit messages and identities longer than this are truncated before matching. */
    static final int MAX_INPUT = 1 << 20;

    private SignalText() {
    }

    /** The text, truncated to {@link #MAX_INPUT} characters so patterns never run on unbounded input. */
    static String capped(final String text) {
        if (text == null) {
            return "";
        }
        return text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text;
    }

    /** {@code Name <email>}, or just the part that is present. */
    static String identity(final String name, final String email) {
        String n = name == null ? "" : name.strip();
        String e = email == null ? "" : email.strip();
        if (e.isEmpty()) {
            return n;
        }
        return n.isEmpty() ? "<" + e + ">" : n + " <" + e + ">";
    }

    /** The first line of a message. */
    static String subject(final String message) {
        String text = capped(message);
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
