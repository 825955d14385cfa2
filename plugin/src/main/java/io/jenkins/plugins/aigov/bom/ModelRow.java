package io.jenkins.plugins.aigov.bom;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** A {@code machine-learning-model} component of the BOM: a model that wrote code of the range. */
public final class ModelRow {
    private final String name;
    private final String provider;
    private final String version;
    private final String commits;
    private final String lines;

    ModelRow(final JsonNode component, final Map<String, List<String>> props) {
        name = component.path("name").asText("");
        provider = component.path("supplier").path("name").asText("");
        version = component.path("version").asText("");
        commits = BomContent.first(props, "aigov:stats.commits");
        lines = BomContent.first(props, "aigov:stats.lines");
    }

    public String getName() {
        return name;
    }

    public String getProvider() {
        return provider;
    }

    public String getVersion() {
        return version;
    }

    public String getCommits() {
        return commits;
    }

    public String getLines() {
        return lines;
    }
}
