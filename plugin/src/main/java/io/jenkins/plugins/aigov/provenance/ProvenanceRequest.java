package io.jenkins.plugins.aigov.provenance;

import java.io.Serializable;
import java.util.Map;

import hudson.AbortException;
import io.jenkins.plugins.aigov.RevisionRange;
import io.jenkins.plugins.aigov.engine.provenance.MarkerRules;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceFormatException;

/**
 * Everything the agent needs to analyse a range: resolved on the controller, immutable, sent once.
 */
final class ProvenanceRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Set by the Git plugin: the commit of the last successful build of the job. */
    static final String PREVIOUS_SUCCESSFUL_COMMIT = RevisionRange.PREVIOUS_SUCCESSFUL_COMMIT;
    /** Set by the Git plugin: the commit this build checked out. */
    static final String COMMIT = RevisionRange.COMMIT;

    private final RevisionRange range;
    private final int maxCommits;
    private final MarkerRules markerRules;

    ProvenanceRequest(final RevisionRange range, final int maxCommits, final MarkerRules markerRules) {
        this.range = range;
        this.maxCommits = maxCommits;
        this.markerRules = markerRules;
    }

    /**
     * Resolves the range (see {@link RevisionRange#of}) and the marker rules.
     *
     * @throws AbortException when the marker rules cannot be parsed
     */
    static ProvenanceRequest of(final AiProvenanceStep step, final Map<String, String> env) throws AbortException {
        RevisionRange range = RevisionRange.of(step.getBase(), step.getHead(), env);
        try {
            MarkerRules rules = MarkerRules.parse(step.getMarkers(), AiProvenanceStep.DescriptorImpl.MARKERS_SOURCE);
            return new ProvenanceRequest(range, step.getMaxCommits(), rules);
        } catch (ProvenanceFormatException e) {
            throw new AbortException("aiProvenance: invalid marker rule: " + e.getMessage());
        }
    }

    String base() {
        return range.base();
    }

    String head() {
        return range.head();
    }

    /** See {@link RevisionRange#baseIsDerived()}. */
    boolean baseIsDerived() {
        return range.baseIsDerived();
    }

    int maxCommits() {
        return maxCommits;
    }

    MarkerRules markerRules() {
        return markerRules;
    }

    /** The range for the log, naming where each end came from. */
    String describe() {
        return range.describe(maxCommits)
                + (markerRules.isEmpty() ? "" : " with " + markerRules.size() + " marker rule(s)");
    }
}
