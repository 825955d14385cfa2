package io.jenkins.plugins.aigov.engine.provenance;

import java.io.Serializable;
import java.util.List;

import io.jenkins.plugins.aigov.engine.model.Problem;

/**
 * The whole provenance of a range. Immutable and serializable (it crosses the agent channel).
 *
 * @param schemaVersion  version of the {@code ai-provenance.json} schema this result renders to
 * @param range          what was analysed
 * @param commits        the commits, newest first (git log order)
 * @param files          the files changed in the range, sorted by path
 * @param totals         totals
 * @param policyFindings provenance-policy findings for the gates
 * @param problems       input that could not be (fully) analysed
 * @param partial        whether some of the input was skipped, so the result is incomplete
 */
public record ProvenanceResult(String schemaVersion, RangeInfo range, List<CommitProvenance> commits,
        List<FileProvenance> files, ProvenanceTotals totals, List<PolicyFinding> policyFindings,
        List<Problem> problems, boolean partial) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The schema version written by this engine. */
    public static final String SCHEMA_VERSION = "1.0";

    /** Canonical constructor: copies the lists. */
    public ProvenanceResult {
        commits = List.copyOf(commits);
        files = List.copyOf(files);
        policyFindings = List.copyOf(policyFindings);
        problems = List.copyOf(problems);
    }

    /** The compact summary for build records and step return values. */
    public ProvenanceSummary summary() {
        return ProvenanceSummary.of(this);
    }
}
