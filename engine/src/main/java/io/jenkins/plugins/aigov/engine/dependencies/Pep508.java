package io.jenkins.plugins.aigov.engine.dependencies;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One PEP 508 requirement: {@code name[extra1,extra2] (>=1.0,<2) ; python_version < "3.11"} or
 * {@code name @ https://…}. Patterns are linear-time.
 *
 * @param name      the distribution name as written
 * @param version   the version specifiers ({@code >=1.0,<2}), or {@code null} for none
 * @param url       the direct reference after {@code @}, or {@code null}
 * @param notes     extras and environment markers, for a reader
 */
record Pep508(String name, String version, String url, List<String> notes) {
    private static final Pattern HEAD = Pattern.compile(
            "([A-Za-z0-9](?:[A-Za-z0-9._-]{0,200}+(?<=[A-Za-z0-9]))?)\\s*+(?:\\[([^\\]]{0,500})\\])?\\s*+(.*)",
            Pattern.DOTALL);
    private static final Pattern SPECIFIERS = Pattern.compile(
            "(?:(?:===|==|!=|~=|<=|>=|<|>)\\s*+[A-Za-z0-9_.*+!-]++\\s*+,?\\s*+)++");

    /** Parses a requirement, or tells nothing if it is not one. */
    static Optional<Pep508> parse(final String text) {
        String value = text.strip();
        Matcher head = HEAD.matcher(value);
        if (!head.matches()) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        if (head.group(2) != null && !head.group(2).isBlank()) {
            notes.add("extras [" + head.group(2).replaceAll("\\s+", "") + "]");
        }
        String rest = head.group(3).strip();
        if (rest.startsWith("@")) {
            int marker = rest.indexOf(" ;");
            String url = (marker < 0 ? rest.substring(1) : rest.substring(1, marker)).strip();
            addMarker(marker < 0 ? null : rest.substring(marker + 2), notes);
            return url.isEmpty() ? Optional.empty() : Optional.of(new Pep508(head.group(1), null, url, notes));
        }
        int marker = rest.indexOf(';');
        String specifier = (marker < 0 ? rest : rest.substring(0, marker)).strip();
        addMarker(marker < 0 ? null : rest.substring(marker + 1), notes);
        if (specifier.startsWith("(") && specifier.endsWith(")")) {
            specifier = specifier.substring(1, specifier.length() - 1).strip();
        }
        if (!specifier.isEmpty() && !SPECIFIERS.matcher(specifier).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Pep508(head.group(1), specifier.isEmpty() ? null : specifier.replaceAll("\\s+", ""),
                null, notes));
    }

    private static void addMarker(final String marker, final List<String> notes) {
        if (marker != null && !marker.isBlank()) {
            notes.add("marker " + marker.strip());
        }
    }
}
