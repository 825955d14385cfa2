package io.jenkins.plugins.aigov.engine.provenance;

import java.io.Serializable;
import java.util.Map;

import io.jenkins.plugins.aigov.engine.model.OriginCounts;

/**
 * Totals over the range.
 *
 * @param commits        commits by origin
 * @param addedLines     added lines by origin
 * @param commitsByAgent AI commits per agent id (sorted by key)
 * @param commitsByModel AI commits per model id (sorted by key)
 * @param linesByAgent   AI-added lines per agent id
 * @param linesByModel   AI-added lines per model id
 * @param aiFiles        files with AI-written lines
 */
public record ProvenanceTotals(OriginCounts commits, OriginCounts addedLines, Map<String, Long> commitsByAgent,
        Map<String, Long> commitsByModel, Map<String, Long> linesByAgent, Map<String, Long> linesByModel,
        int aiFiles) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Canonical constructor: keeps the maps sorted and immutable. */
    public ProvenanceTotals {
        commitsByAgent = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(commitsByAgent));
        commitsByModel = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(commitsByModel));
        linesByAgent = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(linesByAgent));
        linesByModel = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(linesByModel));
    }

    /** AI share of added lines, 0.0 … 1.0. */
    public double aiShare() {
        return addedLines.aiShare();
    }
}
