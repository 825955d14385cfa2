package io.jenkins.plugins.aigov.gates;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Small text helpers of the report page. */
final class Rows {
    private Rows() {
    }

    static String abbreviate(final String id) {
        return id != null && id.length() > 12 ? id.substring(0, 12) : String.valueOf(id);
    }

    /** {@code yes}, {@code no} or {@code -} (unknown). */
    static String yesNo(final Boolean value) {
        return value == null ? "-" : value ? "yes" : "no";
    }

    /** A query string {@code ?gate=…&severity=…} with the blank parts left out; {@code .} for no filter. */
    static String query(final String gate, final String severity) {
        return query(gate, severity, null);
    }

    static String query(final String gate, final String severity, final String origin) {
        StringBuilder query = new StringBuilder();
        append(query, "gate", gate);
        append(query, "severity", severity);
        append(query, "origin", origin);
        return query.length() == 0 ? "." : query.toString();
    }

    private static void append(final StringBuilder query, final String name, final String value) {
        if (value != null && !value.isBlank()) {
            query.append(query.length() == 0 ? '?' : '&').append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
