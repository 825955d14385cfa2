package io.jenkins.plugins.aigov.bom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** An AI-touched file of the BOM ({@code file} component): its hash at head and its {@code aigov:} properties. */
public final class AiFileRow {
    private final String path;
    private final String sha256;
    private final String origin;
    private final String agents;
    private final String models;
    private final String aiGenerated;
    private final String aiAssisted;
    private final String human;
    private final String unknown;
    private final int commits;
    private final String reviewers;
    private final String references;
    private final List<String> properties = new ArrayList<>();

    AiFileRow(final JsonNode component, final Map<String, List<String>> props) {
        path = component.path("name").asText("");
        String hash = "";
        for (JsonNode entry : component.path("hashes")) {
            if ("SHA-256".equals(entry.path("alg").asText())) {
                hash = entry.path("content").asText("");
            }
        }
        sha256 = hash;
        origin = BomContent.first(props, "aigov:origin");
        agents = BomContent.all(props, "aigov:agent");
        models = BomContent.all(props, "aigov:model");
        aiGenerated = BomContent.first(props, "aigov:lines.aiGenerated");
        aiAssisted = BomContent.first(props, "aigov:lines.aiAssisted");
        human = BomContent.first(props, "aigov:lines.human");
        unknown = BomContent.first(props, "aigov:lines.unknown");
        commits = props.getOrDefault("aigov:commits", List.of()).size();
        reviewers = BomContent.all(props, "aigov:reviewers");
        references = BomContent.all(props, "aigov:references");
        props.forEach((name, values) -> values.forEach(value -> properties.add(name + "=" + value)));
    }

    public String getPath() {
        return path;
    }

    public String getSha256() {
        return sha256;
    }

    public String getOrigin() {
        return origin;
    }

    public String getAgents() {
        return agents;
    }

    public String getModels() {
        return models;
    }

    public String getAiGenerated() {
        return aiGenerated;
    }

    public String getAiAssisted() {
        return aiAssisted;
    }

    public String getHuman() {
        return human;
    }

    public String getUnknown() {
        return unknown;
    }

    /** How many commits of the range changed the file. */
    public int getCommits() {
        return commits;
    }

    public String getReviewers() {
        return reviewers;
    }

    public String getReferences() {
        return references;
    }

    /** Every {@code aigov:} property as {@code name=value}, in the BOM's order. */
    public List<String> getProperties() {
        return List.copyOf(properties);
    }
}
