package io.jenkins.plugins.aigov.provenance;

import java.io.File;
import java.io.IOException;

import hudson.AbortException;
import hudson.remoting.VirtualChannel;
import jenkins.MasterToSlaveFileCallable;

import io.jenkins.plugins.aigov.engine.AiGovernance;
import io.jenkins.plugins.aigov.engine.GovernanceException;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceReport;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;
import io.jenkins.plugins.aigov.engine.report.InTotoStatement;
import io.jenkins.plugins.aigov.engine.report.ProvenanceJson;

/**
 * Runs the engine on the agent, next to the workspace and its {@code .git}, and renders the documents there so
 * that only strings and a small summary travel back.
 */
final class ProvenanceCallable extends MasterToSlaveFileCallable<ProvenanceOutcome> {
    private static final long serialVersionUID = 1L;

    private final ProvenanceRequest request;

    ProvenanceCallable(final ProvenanceRequest request) {
        this.request = request;
    }

    @Override
    public ProvenanceOutcome invoke(final File workspace, final VirtualChannel channel) throws IOException {
        try {
            ProvenanceReport report = AiGovernance.provenance()
                    .repository(workspace.toPath())
                    .base(request.base())
                    .head(request.head())
                    .maxCommits(request.maxCommits())
                    .markerRules(request.markerRules())
                    .toleratesMissingBase(request.baseIsDerived())
                    .call();
            ProvenanceResult result = report.result();
            return new ProvenanceOutcome(result.summary(), report.log(), ProvenanceJson.write(result),
                    InTotoStatement.forProvenance(result));
        } catch (GovernanceException e) {
            if (e.isUsageError()) {
                throw new AbortException("aiProvenance: " + e.getMessage() + " (range " + request.describe() + ")");
            }
            throw new IOException("aiProvenance: the analysis of " + workspace + " failed: " + e.getMessage(), e);
        }
    }
}
