package io.jenkins.plugins.aigov.provenance;

import java.io.Serializable;
import java.util.Map;

import hudson.AbortException;
import io.jenkins.plugins.aigov.engine.provenance.MarkerRules;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceFormatException;

/**
 * Everything the agent needs to analyse a range: resolved on the controller, immutable, sent once.
 */
final class ProvenanceRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Set by the Git plugin: the commit of the last successful build of the job. */
    static final String PREVIOUS_SUCCESSFUL_COMMIT = "GIT_PREVIOUS_SUCCESSFUL_COMMIT";
    /** Set by the Git plugin: the commit this build checked out. */
    static final String COMMIT = "GIT_COMMIT";

    private final String base;
    private final String baseSource;
    private final String head;
    private final String headSource;
    private final int maxCommits;
    private final MarkerRules markerRules;

    ProvenanceRequest(final String base, final String baseSource, final String head, final String headSource,
            final int maxCommits, final MarkerRules markerRules) {
        this.base = base;
        this.baseSource = baseSource;
        this.head = head;
        this.headSource = headSource;
        this.maxCommits = maxCommits;
        this.markerRules = markerRules;
    }

    /**
     * Resolves the range: a parameter wins, then the Git plugin's variables; no base means the whole history
     * (capped by the engine), no head means {@code HEAD}.
     *
     * @throws AbortException when the marker rules cannot be parsed
     */
    static ProvenanceRequest of(final AiProvenanceStep step, final Map<String, String> env) throws AbortException {
        String base = step.getBase();
        String baseSource = "base parameter";
        if (base == null) {
            base = Text.trimToNull(env.get(PREVIOUS_SUCCESSFUL_COMMIT));
            baseSource = base == null ? "whole history" : PREVIOUS_SUCCESSFUL_COMMIT;
        }
        String head = step.getHead();
        String headSource = "head parameter";
        if (head == null) {
            head = Text.trimToNull(env.get(COMMIT));
            headSource = COMMIT;
        }
        if (head == null) {
            head = "HEAD";
            headSource = "default";
        }
        try {
            MarkerRules rules = MarkerRules.parse(step.getMarkers(), AiProvenanceStep.DescriptorImpl.MARKERS_SOURCE);
            return new ProvenanceRequest(base, baseSource, head, headSource, step.getMaxCommits(), rules);
        } catch (ProvenanceFormatException e) {
            throw new AbortException("aiProvenance: invalid marker rule: " + e.getMessage());
        }
    }

    String base() {
        return base;
    }

    String head() {
        return head;
    }

    /**
     * Whether the base came from the Git plugin's variable rather than from the Jenkinsfile: such a commit may be
     * gone (force-push) or absent from a shallow clone, which should not fail the build.
     */
    boolean baseIsDerived() {
        return PREVIOUS_SUCCESSFUL_COMMIT.equals(baseSource);
    }

    int maxCommits() {
        return maxCommits;
    }

    MarkerRules markerRules() {
        return markerRules;
    }

    /** The range for the log, naming where each end came from. */
    String describe() {
        String from = base == null ? "the whole history (at most " + maxCommits + " commits)"
                : base + " (" + baseSource + ")";
        return from + " .. " + head + " (" + headSource + ")"
                + (markerRules.isEmpty() ? "" : " with " + markerRules.size() + " marker rule(s)");
    }
}
