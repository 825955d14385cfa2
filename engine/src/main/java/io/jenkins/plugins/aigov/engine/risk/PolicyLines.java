package io.jenkins.plugins.aigov.engine.risk;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads risk policy text line by line: {@code key = value} lines (a {@code " #"} starts a comment), then, after a
 * {@code [sensitive-paths]} header, {@code category: glob} lines. Blank lines and lines starting with {@code #}
 * are skipped. Hands every entry to a {@link Sink} with its line number.
 */
final class PolicyLines {
    static final String SENSITIVE_SECTION = "[sensitive-paths]";
    static final String POLICY_SECTION = "[policy]";

    /** Receives the entries. */
    interface Sink {
        void entry(String key, String value, int line) throws RiskPolicyException;

        void sensitive(String line, int number) throws RiskPolicyException;
    }

    private PolicyLines() {
    }

    static void read(final String text, final String source, final Sink sink) throws RiskPolicyException {
        String[] lines = text == null ? new String[0] : text.split("\\R", -1);
        Map<String, Integer> seen = new HashMap<>();
        boolean sensitive = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                sensitive = section(line, source, number);
            }
            else if (sensitive) {
                sink.sensitive(line, number);
            }
            else {
                keyValue(line, source, number, seen, sink);
            }
        }
    }

    private static boolean section(final String line, final String source, final int number)
            throws RiskPolicyException {
        String name = line.toLowerCase(Locale.ROOT);
        if (!name.equals(SENSITIVE_SECTION) && !name.equals(POLICY_SECTION)) {
            throw new RiskPolicyException(source, number, "unknown section '" + line + "' (expected "
                    + POLICY_SECTION + " or " + SENSITIVE_SECTION + ")");
        }
        return name.equals(SENSITIVE_SECTION);
    }

    private static void keyValue(final String line, final String source, final int number,
            final Map<String, Integer> seen, final Sink sink) throws RiskPolicyException {
        int comment = line.indexOf(" #");
        String body = comment < 0 ? line : line.substring(0, comment).strip();
        int equals = body.indexOf('=');
        if (equals <= 0) {
            throw new RiskPolicyException(source, number, "expected 'key = value', got '" + line + "'");
        }
        String key = body.substring(0, equals).strip().toLowerCase(Locale.ROOT);
        String value = body.substring(equals + 1).strip();
        if (value.isEmpty()) {
            throw new RiskPolicyException(source, number, "'" + key + "' has no value");
        }
        Integer first = seen.putIfAbsent(key, number);
        if (first != null) {
            throw new RiskPolicyException(source, number, "'" + key + "' is set twice (first on line " + first + ")");
        }
        sink.entry(key, value, number);
    }

    /** A finite number, or an error naming the key and value. */
    static double number(final String key, final String value, final String source, final int line)
            throws RiskPolicyException {
        try {
            double number = Double.parseDouble(value);
            if (Double.isFinite(number)) {
                return number;
            }
        }
        catch (NumberFormatException e) {
            // reported below
        }
        throw new RiskPolicyException(source, line, "'" + key + "' needs a number, got '" + value + "'");
    }
}
