package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * JSON reading for registry answers and cache files: bounded nesting, string and number sizes, so a hostile
 * registry cannot exhaust the agent.
 */
final class RegistryJson {
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxStringLength(8 * 1024 * 1024)
                    .maxNumberLength(64)
                    .maxNameLength(4096)
                    .build())
            .build();
    static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private RegistryJson() {
    }

    /** The whole body as a tree; it must be a JSON object. */
    static JsonNode readObject(final InputStream in) throws IOException {
        JsonNode node = MAPPER.readTree(in);
        if (node == null || !node.isObject()) {
            throw new InvalidBodyException("expected a JSON object");
        }
        return node;
    }

    /** A streaming parser over {@code in}. */
    static JsonParser parser(final InputStream in) throws IOException {
        return FACTORY.createParser(in);
    }

    /** An ISO-8601 date-time (with offset or {@code Z}), or {@code null} if absent or unreadable. */
    static Instant instant(final String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        }
        catch (DateTimeParseException e) {
            try {
                return Instant.parse(text.strip());
            }
            catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    /** The text of a field, or {@code null}. */
    static String text(final JsonNode node, final String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }
}
