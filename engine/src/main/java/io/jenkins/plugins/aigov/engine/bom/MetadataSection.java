package io.jenkins.plugins.aigov.engine.bom;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;

/**
 * The {@code metadata}: timestamp, lifecycle, this product as the tool, the authors, the project as the described
 * component (VCS and build as external references, the head commit as a property) and summary properties.
 */
final class MetadataSection {
    private MetadataSection() {
    }

    static ObjectNode build(final BomInput input) {
        ObjectNode metadata = BomJson.object();
        metadata.put("timestamp", timestamp(input.timestamp()));
        metadata.putArray("lifecycles").addObject().put("phase", "build");
        ObjectNode tool = metadata.putObject("tools").putArray("components").addObject();
        tool.put("type", "application").put("bom-ref", Refs.TOOL).put("name", input.tool().name())
                .put("version", input.tool().version());
        if (!input.authors().isEmpty()) {
            ArrayNode authors = metadata.putArray("authors");
            input.authors().stream().sorted(java.util.Comparator.comparing(BomInput.Author::name))
                    .forEach(author -> {
                        ObjectNode contact = authors.addObject().put("name", author.name());
                        if (author.email() != null && !author.email().isBlank()) {
                            contact.put("email", author.email().strip());
                        }
                    });
        }
        metadata.set("component", project(input));
        summary(input).putInto(metadata);
        return metadata;
    }

    static String timestamp(final Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static ObjectNode project(final BomInput input) {
        BomInput.Project project = input.project();
        ObjectNode node = BomJson.object().put("type", "application").put("bom-ref", Refs.project(project.name()))
                .put("name", project.name());
        if (project.version() != null && !project.version().isBlank()) {
            node.put("version", project.version());
        }
        ArrayNode references = BomJson.array();
        if (project.vcsUrl() != null && !project.vcsUrl().isBlank()) {
            references.addObject().put("type", "vcs").put("url", project.vcsUrl().strip());
        }
        if (input.buildUrl() != null) {
            references.addObject().put("type", "build-system").put("url", input.buildUrl())
                    .put("comment", "the CI build that produced this BOM");
        }
        if (!references.isEmpty()) {
            node.set("externalReferences", references);
        }
        new Props().add("aigov:vcs.commit", input.headCommit()).putInto(node);
        return node;
    }

    private static Props summary(final BomInput input) {
        ProvenanceResult provenance = input.provenance();
        Props props = new Props()
                .add("aigov:schemaVersion", AiBom.PROPERTIES_VERSION)
                .add("aigov:range.base", provenance.range().baseId())
                .add("aigov:range.head", provenance.range().headId())
                .add("aigov:range.partial", provenance.partial())
                .add("aigov:ai.share", String.format(java.util.Locale.ROOT, "%.4f", provenance.totals().aiShare()))
                .add("aigov:ai.files", provenance.totals().aiFiles());
        if (input.gates() != null) {
            props.add("aigov:decision.outcome", input.gates().outcome())
                    .add("aigov:decision.tier", input.gates().tier())
                    .add("aigov:decision.score", Scores.format(input.gates().score()));
        }
        return props;
    }
}
