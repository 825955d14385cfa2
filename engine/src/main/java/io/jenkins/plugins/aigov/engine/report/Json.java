package io.jenkins.plugins.aigov.engine.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one JSON configuration of the engine's writers: stable key order, no failure on fields added by a newer
 * schema minor version.
 */
final class Json {
    /** Pretty-printing mapper for documents. */
    static final ObjectMapper PRETTY = base().enable(SerializationFeature.INDENT_OUTPUT).build();
    /** Single-line mapper for JSON Lines. */
    static final ObjectMapper COMPACT = base().build();

    private Json() {
    }

    private static JsonMapper.Builder base() {
        return JsonMapper.builder()
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS);
    }
}
