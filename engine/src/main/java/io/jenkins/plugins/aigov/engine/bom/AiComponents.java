package io.jenkins.plugins.aigov.engine.bom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceTotals;

/**
 * The models ({@code machine-learning-model}) and agents ({@code application}) that produced code, with the graph
 * edges agent → models it used.
 */
final class AiComponents {
    private final AiParticipants participants;
    private final ProvenanceTotals totals;
    private final String projectName;

    AiComponents(final ProvenanceResult provenance, final String projectName) {
        this.participants = new AiParticipants(provenance);
        this.totals = provenance.totals();
        this.projectName = projectName;
    }

    List<ObjectNode> components() {
        List<ObjectNode> components = new ArrayList<>();
        participants.models().forEach(model -> components.add(model(model)));
        participants.modelsByAgent().keySet().forEach(agent -> components.add(agent(agent)));
        return components;
    }

    void addEdges(final DependencyGraph graph) {
        participants.models().forEach(model -> graph.node(Refs.model(model)));
        for (Map.Entry<String, Set<String>> agent : participants.modelsByAgent().entrySet()) {
            graph.node(Refs.agent(agent.getKey()));
            agent.getValue().forEach(model -> graph.edge(Refs.agent(agent.getKey()), Refs.model(model)));
        }
    }

    private ObjectNode model(final String id) {
        ObjectNode node = BomJson.object().put("type", "machine-learning-model").put("bom-ref", Refs.model(id));
        String provider = ModelIds.provider(id);
        if (provider != null) {
            node.putObject("supplier").put("name", provider);
            node.put("publisher", provider);
            node.put("group", provider.toLowerCase(Locale.ROOT));
        }
        node.put("name", id);
        String version = ModelIds.version(id);
        if (version != null) {
            node.put("version", version);
        }
        ObjectNode card = node.putObject("modelCard");
        card.putObject("modelParameters").put("task", "text-generation");
        card.putObject("considerations").putArray("useCases")
                .add("Writing source code of " + projectName + " (AI-generated and AI-assisted commits)");
        new Props().add("aigov:provider", provider)
                .add("aigov:stats.commits", totals.commitsByModel().get(id))
                .add("aigov:stats.lines", totals.linesByModel().get(id))
                .putInto(node);
        return node;
    }

    private ObjectNode agent(final String id) {
        ObjectNode node = BomJson.object().put("type", "application").put("bom-ref", Refs.agent(id)).put("name", id);
        node.put("description", "AI coding agent");
        new Props().add("aigov:role", "coding-agent")
                .add("aigov:stats.commits", totals.commitsByAgent().get(id))
                .add("aigov:stats.lines", totals.linesByAgent().get(id))
                .putInto(node);
        return node;
    }
}
