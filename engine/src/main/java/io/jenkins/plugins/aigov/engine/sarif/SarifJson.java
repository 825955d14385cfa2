package io.jenkins.plugins.aigov.engine.sarif;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one Jackson set-up of this package: parsing limits, and small accessors over trees. */
final class SarifJson {
    /** Deepest nesting read; SARIF's deepest real paths (code flows) stay well under it. */
    static final int MAX_DEPTH = 64;
    /** Longest string value read (a snippet, a message): 8 MiB. */
    static final int MAX_STRING = 8 * 1024 * 1024;

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(MAX_STRING)
            .maxNumberLength(64)
            .maxNameLength(4096)
            .build();
    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder().streamReadConstraints(LIMITS).build());

    private SarifJson() {
    }

    /** The text at a path of field names, or {@code null} when absent, not textual or blank. */
    static String text(final JsonNode node, final String... path) {
        JsonNode value = at(node, path);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    /** The node at a path of field names, or {@code null}. */
    static JsonNode at(final JsonNode node, final String... path) {
        JsonNode current = node;
        for (String name : path) {
            if (current == null || !current.isObject()) {
                return null;
            }
            current = current.get(name);
        }
        return current == null || current.isNull() || current.isMissingNode() ? null : current;
    }

    /** The array at a path, or an empty array node. */
    static Iterable<JsonNode> array(final JsonNode node, final String... path) {
        JsonNode value = at(node, path);
        return value != null && value.isArray() ? value : MAPPER.createArrayNode();
    }

    /** The integer at a path, or {@code fallback}. */
    static int integer(final JsonNode node, final int fallback, final String... path) {
        JsonNode value = at(node, path);
        return value != null && value.canConvertToInt() && value.isIntegralNumber() ? value.asInt() : fallback;
    }
}
