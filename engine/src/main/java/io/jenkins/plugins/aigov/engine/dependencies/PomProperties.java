package io.jenkins.plugins.aigov.engine.dependencies;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves {@code ${name}} in POM values from the POM's own {@code <properties>} and its {@code project.*}
 * coordinates. Nothing outside the file is consulted (no parent POM, no settings, no environment), so such
 * references stay as written and are noted.
 */
final class PomProperties {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^${}]{1,200})}");
    private static final int MAX_ROUNDS = 10;
    private static final int MAX_LENGTH = 1024;

    private final Map<String, String> values = new HashMap<>();

    void put(final String name, final String value) {
        values.putIfAbsent(name, value == null ? "" : value);
    }

    /** Adds {@code project.groupId}, {@code project.version} and their legacy spellings. */
    void project(final String groupId, final String artifactId, final String version, final String parentGroupId,
            final String parentVersion) {
        putAll(List.of("project.groupId", "pom.groupId", "groupId"), groupId != null ? groupId : parentGroupId);
        putAll(List.of("project.artifactId", "pom.artifactId", "artifactId"), artifactId);
        putAll(List.of("project.version", "pom.version", "version"), version != null ? version : parentVersion);
        putAll(List.of("project.parent.groupId", "parent.groupId"), parentGroupId);
        putAll(List.of("project.parent.version", "parent.version"), parentVersion);
    }

    private void putAll(final List<String> names, final String value) {
        if (value != null) {
            names.forEach(name -> values.putIfAbsent(name, value));
        }
    }

    /**
     * The value with every resolvable reference replaced; a reference that cannot be resolved (or a value that
     * grows too long or too deep) keeps the raw text and adds a note.
     */
    String resolve(final String raw, final List<String> notes) {
        if (raw == null || !raw.contains("${")) {
            return raw;
        }
        String current = raw;
        for (int round = 0; round < MAX_ROUNDS && current.contains("${"); round++) {
            Matcher matcher = REFERENCE.matcher(current);
            StringBuilder next = new StringBuilder();
            boolean changed = false;
            while (matcher.find()) {
                String value = values.get(matcher.group(1));
                changed |= value != null;
                matcher.appendReplacement(next, Matcher.quoteReplacement(value != null ? value : matcher.group()));
                if (next.length() > MAX_LENGTH) {
                    notes.add("property expansion of " + raw + " is too long; kept as written");
                    return raw;
                }
            }
            matcher.appendTail(next);
            current = next.toString();
            if (!changed) {
                break;
            }
        }
        if (current.contains("${")) {
            notes.add("unresolved property in " + raw + " (defined outside this POM?); kept as written");
            return raw;
        }
        return current;
    }
}
