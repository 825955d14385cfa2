package io.jenkins.plugins.aigov.engine.scan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.jenkins.plugins.aigov.engine.model.Problem;

/**
 * A repository's {@code .aigov/suppressions.yml}:
 *
 * <pre>
 * suppressions:
 *   - rule: sql-string-format          # or: fingerprint: 1a2b3c…
 *     path: "legacy/**"                # optional glob
 *     owner: alice
 *     reason: "read-only reporting database, input is an enum"
 *     expires: 2026-12-31              # optional
 * </pre>
 *
 * Entries that cannot be read are reported as problems and ignored; entries without a reason or past their date
 * are kept, so that the findings they name show them as not effective.
 *
 * @param source   the file's path, used as {@link io.jenkins.plugins.aigov.engine.model.Finding.Suppression#source()}
 * @param entries  the readable entries
 * @param problems what could not be read
 */
public record SuppressionFile(String source, List<SuppressionEntry> entries, List<Problem> problems) {
    /** Where a repository keeps it. */
    public static final String PATH = ".aigov/suppressions.yml";
    private static final Set<String> FIELDS = Set.of("rule", "fingerprint", "path", "owner", "reason", "expires");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Canonical constructor: copies the lists. */
    public SuppressionFile {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /** No suppressions. */
    public static SuppressionFile empty() {
        return new SuppressionFile(PATH, List.of(), List.of());
    }

    /** Reads the file's text; never throws. */
    public static SuppressionFile parse(final String source, final String text) {
        List<Problem> problems = new ArrayList<>();
        List<SuppressionEntry> entries = new ArrayList<>();
        JsonNode list;
        try {
            JsonNode root = YAML.readTree(text);
            list = root == null ? null : root.get("suppressions");
        }
        catch (IOException e) {
            problems.add(new Problem(source, "not valid YAML, no suppression applies: "
                    + e.getMessage().lines().findFirst().orElse("")));
            return new SuppressionFile(source, entries, problems);
        }
        if (list == null || !list.isArray()) {
            problems.add(new Problem(source, "expected a list under 'suppressions'"));
            return new SuppressionFile(source, entries, problems);
        }
        for (int i = 0; i < list.size(); i++) {
            String where = source + "#" + (i + 1);
            JsonNode node = list.get(i);
            String problem = check(node);
            if (problem != null) {
                problems.add(new Problem(where, problem + "; entry ignored"));
                continue;
            }
            entries.add(new SuppressionEntry(text(node, "rule"), text(node, "fingerprint"),
                    node.hasNonNull("path") ? Glob.of(node.get("path").asText()) : null, text(node, "owner"),
                    text(node, "reason"), text(node, "expires"), where));
        }
        return new SuppressionFile(source, entries, problems);
    }

    private static String check(final JsonNode node) {
        if (!node.isObject()) {
            return "expected a mapping";
        }
        for (var names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                return "unknown field '" + name + "'";
            }
        }
        if (!node.hasNonNull("rule") && !node.hasNonNull("fingerprint")) {
            return "needs 'rule' or 'fingerprint'";
        }
        if (node.hasNonNull("path") && node.get("path").asText().isBlank()) {
            return "empty 'path'";
        }
        return null;
    }

    private static String text(final JsonNode node, final String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
    }
}
