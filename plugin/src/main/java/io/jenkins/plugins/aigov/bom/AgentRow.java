package io.jenkins.plugins.aigov.bom;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** An agent of the BOM ({@code application} component {@code agent:<id>}) and the models it was seen with. */
public final class AgentRow {
    private final String name;
    private final String commits;
    private final String lines;
    private final String models;

    AgentRow(final JsonNode component, final Map<String, List<String>> props, final List<String> uses) {
        name = component.path("name").asText("");
        commits = BomContent.first(props, "aigov:stats.commits");
        lines = BomContent.first(props, "aigov:stats.lines");
        models = String.join(", ", uses.stream().filter(ref -> ref.startsWith("model:"))
                .map(ref -> ref.substring("model:".length())).toList());
    }

    public String getName() {
        return name;
    }

    public String getCommits() {
        return commits;
    }

    public String getLines() {
        return lines;
    }

    /** The models this agent used, comma-separated. */
    public String getModels() {
        return models;
    }
}
