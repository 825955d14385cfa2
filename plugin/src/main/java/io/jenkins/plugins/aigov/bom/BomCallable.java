package io.jenkins.plugins.aigov.bom;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import hudson.AbortException;
import hudson.remoting.VirtualChannel;
import jenkins.MasterToSlaveFileCallable;

import io.jenkins.plugins.aigov.SameRange;
import io.jenkins.plugins.aigov.engine.AiGovernance;
import io.jenkins.plugins.aigov.engine.GovernanceException;
import io.jenkins.plugins.aigov.engine.bom.AiBom;
import io.jenkins.plugins.aigov.engine.bom.BomCommand;
import io.jenkins.plugins.aigov.engine.model.Problem;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;

/**
 * Builds the BOM on the agent, next to the workspace and its {@code .git}: provenance is computed there when the
 * build has none for this range, and the manifests are read at head. Only the BOM's bytes travel back.
 */
final class BomCallable extends MasterToSlaveFileCallable<BomOutcome> {
    private static final long serialVersionUID = 1L;

    private final BomRequest request;

    BomCallable(final BomRequest request) {
        this.request = request;
    }

    @Override
    public BomOutcome invoke(final File workspace, final VirtualChannel channel) throws IOException {
        List<String> log = new ArrayList<>();
        ProvenanceResult provenance = request.provenance();
        if (provenance != null && !SameRange.test(workspace, request.range(), provenance.range())) {
            log.add("the aiProvenance result of this build covers another range; provenance of this range is"
                    + " computed again");
            provenance = null;
        }
        if (request.gates() != null && !SameRange.test(workspace, request.range(), request.gates().range())) {
            log.add("the aiGates result of this build covers another range; it is declared as it is");
        }
        try {
            BomCommand command = AiGovernance.bom()
                    .repository(workspace.toPath())
                    .base(request.range().base())
                    .head(request.range().head())
                    .maxCommits(request.maxCommits())
                    .markerRules(request.markerRules())
                    .toleratesMissingBase(request.range().baseIsDerived())
                    .provenance(provenance)
                    .gates(request.gates())
                    .project(request.projectName(), request.projectVersion(), request.vcsUrl())
                    .buildUrl(request.buildUrl())
                    .context(request.context())
                    .toolVersion(request.toolVersion());
            if (request.gates() != null) {
                // An approval decides on a gate outcome: declared only with the gates it approved.
                request.approvals().forEach(command::approval);
            }
            AiBom bom = command.call();
            List<Problem> problems = command.problems();
            for (Problem problem : problems) {
                log.add("warning: " + problem);
            }
            log.add("provenance " + (provenance == null ? "computed for this BOM" : "taken from aiProvenance")
                    + (request.gates() == null ? "; no aiGates result to declare" : "; gate results declared"));
            return new BomOutcome(bom.bytes(), bom.serialNumber(), bom.digest(), log, problems.size());
        } catch (GovernanceException e) {
            if (e.isUsageError()) {
                throw new AbortException("aiBom: " + e.getMessage() + " (range " + request.range().describe(
                        request.maxCommits()) + ")");
            }
            throw new IOException("aiBom: the BOM of " + workspace + " could not be built: " + e.getMessage(), e);
        }
    }
}
