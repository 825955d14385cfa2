package io.jenkins.plugins.aigov.engine.bom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.jenkins.plugins.aigov.engine.model.Origin;
import io.jenkins.plugins.aigov.engine.model.OriginCounts;
import io.jenkins.plugins.aigov.engine.provenance.CommitProvenance;
import io.jenkins.plugins.aigov.engine.provenance.FileProvenance;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;

/**
 * The AI-touched files that exist at head, as {@code file} components with their SHA-256 and the {@code aigov:}
 * properties of {@code docs/schemas/aigov-properties.md}. Files deleted by head have no hash and are left out.
 */
final class FileComponents {
    private final ProvenanceResult provenance;
    private final Map<String, CommitProvenance> commits;

    FileComponents(final ProvenanceResult provenance) {
        this.provenance = provenance;
        this.commits = provenance.commits().stream()
                .collect(Collectors.toMap(CommitProvenance::id, Function.identity(), (a, b) -> a));
    }

    /** The AI-touched files with a hash at head, sorted by path. */
    List<FileProvenance> files() {
        return provenance.files().stream().filter(f -> f.isAiTouched() && f.sha256() != null)
                .sorted(java.util.Comparator.comparing(FileProvenance::path)).toList();
    }

    List<ObjectNode> components() {
        List<ObjectNode> components = new ArrayList<>();
        files().forEach(file -> components.add(component(file)));
        return components;
    }

    private ObjectNode component(final FileProvenance file) {
        ObjectNode node = BomJson.object().put("type", "file").put("bom-ref", Refs.file(file.path()))
                .put("name", file.path());
        node.putArray("hashes").addObject().put("alg", "SHA-256").put("content", file.sha256());
        TreeSet<String> references = new TreeSet<>();
        TreeSet<String> reviewers = new TreeSet<>();
        for (String id : file.commits()) {
            CommitProvenance commit = commits.get(id);
            if (commit != null) {
                references.addAll(commit.references());
                reviewers.addAll(commit.reviewers());
            }
        }
        OriginCounts lines = file.addedLines();
        new Props().add("aigov:origin", origin(file))
                .addAll("aigov:agent", file.agents())
                .addAll("aigov:model", file.models())
                .add("aigov:lines.aiGenerated", lines.aiGenerated())
                .add("aigov:lines.aiAssisted", lines.aiAssisted())
                .add("aigov:lines.human", lines.human())
                .add("aigov:lines.unknown", lines.unknown())
                .addAll("aigov:commits", file.commits())
                .addAll("aigov:references", references)
                .addAll("aigov:reviewers", reviewers)
                .putInto(node);
        return node;
    }

    /**
     * The file's AI origin: the AI origin with more added lines (AI_GENERATED on a tie); for a file without counted
     * lines (binary), AI_GENERATED when one of its commits is, else AI_ASSISTED.
     */
    Origin origin(final FileProvenance file) {
        OriginCounts lines = file.addedLines();
        if (lines.ai() > 0) {
            return lines.aiGenerated() >= lines.aiAssisted() ? Origin.AI_GENERATED : Origin.AI_ASSISTED;
        }
        boolean generated = file.commits().stream().map(commits::get)
                .anyMatch(c -> c != null && c.origin() == Origin.AI_GENERATED);
        return generated ? Origin.AI_GENERATED : Origin.AI_ASSISTED;
    }
}
