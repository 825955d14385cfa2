package io.jenkins.plugins.aigov.engine.bom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Reads a BOM back for assertions. */
final class BomTrees {
    private BomTrees() {
    }

    static JsonNode tree(final AiBom bom) {
        return tree(bom.toJson());
    }

    static JsonNode tree(final String json) {
        try {
            return JsonMapper.builder().build().readTree(json);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode component(final JsonNode bom, final String ref) {
        for (JsonNode component : bom.path("components")) {
            if (component.path("bom-ref").asText().equals(ref)) {
                return component;
            }
        }
        throw new AssertionError("no component " + ref);
    }

    static List<String> values(final JsonNode node, final String property) {
        List<String> values = new ArrayList<>();
        for (JsonNode entry : node.path("properties")) {
            if (entry.path("name").asText().equals(property)) {
                values.add(entry.path("value").asText());
            }
        }
        return values;
    }

    static List<String> texts(final JsonNode array, final String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.path(field).asText()));
        return texts;
    }

    static List<String> dependsOn(final JsonNode bom, final String ref) {
        for (JsonNode entry : bom.path("dependencies")) {
            if (entry.path("ref").asText().equals(ref)) {
                List<String> targets = new ArrayList<>();
                entry.path("dependsOn").forEach(target -> targets.add(target.asText()));
                return targets;
            }
        }
        throw new AssertionError("no dependency entry " + ref);
    }
}
