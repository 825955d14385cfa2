package io.jenkins.plugins.aigov.engine.bom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Assembles the BOM tree from its sections, in the order the CycloneDX schema lists them, and gives it the serial
 * number derived from its content.
 */
final class BomDocument {
    static final String SCHEMA = "http://cyclonedx.org/schema/bom-1.6.schema.json";

    private BomDocument() {
    }

    /** The complete tree, serial number included. */
    static ObjectNode build(final BomInput input) {
        ObjectNode bom = BomJson.object().put("$schema", SCHEMA).put("bomFormat", "CycloneDX")
                .put("specVersion", "1.6");
        ObjectNode rest = body(input);
        String contentDigest = BomJson.sha256(BomJson.pretty(rest));
        bom.put("serialNumber", SerialNumbers.of(input.project().name(), input.headCommit(), contentDigest));
        bom.put("version", 1);
        bom.setAll(rest);
        return bom;
    }

    private static ObjectNode body(final BomInput input) {
        String projectRef = Refs.project(input.project().name());
        FileComponents files = new FileComponents(input.provenance());
        AiComponents ai = new AiComponents(input.provenance(), input.project().name());
        LibraryComponents libraries = new LibraryComponents(input.dependencies());

        List<ObjectNode> components = new ArrayList<>();
        components.addAll(ai.components());
        components.addAll(files.components());
        components.addAll(libraries.components());
        components.sort(Comparator.comparing(node -> node.get("bom-ref").asText()));

        DependencyGraph graph = new DependencyGraph().node(projectRef);
        libraries.addEdges(graph, projectRef);
        ai.addEdges(graph);

        ObjectNode body = BomJson.object();
        body.set("metadata", MetadataSection.build(input));
        ArrayNode array = body.putArray("components");
        components.forEach(array::add);
        body.set("dependencies", graph.toJson());
        body.set("formulation", new FormulationSection(input, files.files()).build());
        if (input.gates() != null) {
            body.set("declarations", new DeclarationsSection(input).build());
            body.set("definitions", DefinitionsSection.build(input));
        }
        return body;
    }
}
