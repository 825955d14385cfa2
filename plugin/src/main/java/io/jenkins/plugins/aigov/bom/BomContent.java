package io.jenkins.plugins.aigov.bom;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the BOM page shows, read from {@code bom.cdx.json}: the models, agents, AI-touched files, dependencies and
 * declarations, each as rows of plain strings. Immutable.
 */
final class BomContent {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String serialNumber;
    private final String specVersion;
    private final String timestamp;
    private final String projectName;
    private final String projectVersion;
    private final Map<String, List<String>> metadata;
    private final List<ModelRow> models = new ArrayList<>();
    private final List<AgentRow> agents = new ArrayList<>();
    private final List<AiFileRow> files = new ArrayList<>();
    private final List<DependencyRow> dependencies = new ArrayList<>();
    private final List<DeclarationRow> declarations = new ArrayList<>();
    private final List<String> attestations = new ArrayList<>();

    private BomContent(final JsonNode bom) {
        serialNumber = bom.path("serialNumber").asText("");
        specVersion = bom.path("specVersion").asText("");
        JsonNode meta = bom.path("metadata");
        timestamp = meta.path("timestamp").asText("");
        projectName = meta.path("component").path("name").asText("");
        projectVersion = meta.path("component").path("version").asText("");
        metadata = properties(meta);
        Map<String, List<String>> uses = uses(bom.path("dependencies"));
        for (JsonNode component : bom.path("components")) {
            String type = component.path("type").asText();
            String ref = component.path("bom-ref").asText();
            Map<String, List<String>> props = properties(component);
            if ("machine-learning-model".equals(type)) {
                models.add(new ModelRow(component, props));
            } else if ("application".equals(type) && ref.startsWith("agent:")) {
                agents.add(new AgentRow(component, props, uses.getOrDefault(ref, List.of())));
            } else if ("file".equals(type)) {
                files.add(new AiFileRow(component, props));
            } else if ("library".equals(type)) {
                dependencies.add(new DependencyRow(component, props));
            }
        }
        readDeclarations(bom.path("declarations"));
    }

    /** Reads a BOM. */
    static BomContent read(final InputStream in) throws IOException {
        JsonNode bom = MAPPER.readTree(in);
        if (bom == null || !bom.isObject() || !"CycloneDX".equals(bom.path("bomFormat").asText())) {
            throw new IOException("not a CycloneDX JSON BOM");
        }
        return new BomContent(bom);
    }

    /** Reads a BOM. */
    static BomContent read(final byte[] bytes) throws IOException {
        return read(new java.io.ByteArrayInputStream(bytes));
    }

    private void readDeclarations(final JsonNode declarationsNode) {
        for (JsonNode attestation : declarationsNode.path("attestations")) {
            String summary = attestation.path("summary").asText("");
            String assessor = attestation.path("assessor").asText("");
            attestations.add(summary);
            for (JsonNode entry : attestation.path("map")) {
                declarations.add(new DeclarationRow(assessor, entry));
            }
        }
    }

    /** Every {@code properties} entry of a node, by name (a name may repeat), in the BOM's order. */
    static Map<String, List<String>> properties(final JsonNode node) {
        Map<String, List<String>> props = new LinkedHashMap<>();
        for (JsonNode property : node.path("properties")) {
            props.computeIfAbsent(property.path("name").asText(), k -> new ArrayList<>())
                    .add(property.path("value").asText(""));
        }
        return props;
    }

    private static Map<String, List<String>> uses(final JsonNode graph) {
        Map<String, List<String>> uses = new LinkedHashMap<>();
        for (JsonNode entry : graph) {
            List<String> targets = new ArrayList<>();
            for (JsonNode target : entry.path("dependsOn")) {
                targets.add(target.asText());
            }
            uses.put(entry.path("ref").asText(), targets);
        }
        return uses;
    }

    /** The first value of a property, or {@code ""}. */
    static String first(final Map<String, List<String>> props, final String name) {
        List<String> values = props.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    /** Every value of a property, comma-separated, or {@code ""}. */
    static String all(final Map<String, List<String>> props, final String name) {
        return String.join(", ", props.getOrDefault(name, List.of()));
    }

    String serialNumber() {
        return serialNumber;
    }

    String specVersion() {
        return specVersion;
    }

    String timestamp() {
        return timestamp;
    }

    String projectName() {
        return projectName;
    }

    String projectVersion() {
        return projectVersion;
    }

    /** A property of {@code metadata}, or {@code ""}. */
    String metadata(final String name) {
        return first(metadata, name);
    }

    List<ModelRow> models() {
        return List.copyOf(models);
    }

    List<AgentRow> agents() {
        return List.copyOf(agents);
    }

    List<AiFileRow> files() {
        return List.copyOf(files);
    }

    List<DependencyRow> dependencies() {
        return List.copyOf(dependencies);
    }

    List<DeclarationRow> declarations() {
        return List.copyOf(declarations);
    }

    /** The summary line of each attestation: the gate decision first, then each approval. */
    List<String> attestations() {
        return List.copyOf(attestations);
    }
}
