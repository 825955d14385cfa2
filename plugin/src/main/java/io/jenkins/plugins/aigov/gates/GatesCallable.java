package io.jenkins.plugins.aigov.gates;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import hudson.AbortException;
import hudson.remoting.VirtualChannel;
import jenkins.MasterToSlaveFileCallable;

import io.jenkins.plugins.aigov.SameRange;
import io.jenkins.plugins.aigov.engine.AiGovernance;
import io.jenkins.plugins.aigov.engine.GovernanceException;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistrySettings;
import io.jenkins.plugins.aigov.engine.gates.GatesReport;
import io.jenkins.plugins.aigov.engine.gates.GatesResult;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;
import io.jenkins.plugins.aigov.engine.report.GatesJson;
import io.jenkins.plugins.aigov.engine.sarif.InvalidSarifException;
import io.jenkins.plugins.aigov.engine.sarif.SarifWriter;

/**
 * Runs the gates on the agent, next to the workspace and its {@code .git}: registry look-ups go out from there.
 * The answers are cached on disk in the workspace's temporary sibling folder ({@code <workspace>@tmp}), as Jenkins
 * does for its own temporary files, unless the cache time is 0.
 */
final class GatesCallable extends MasterToSlaveFileCallable<GatesOutcome> {
    private static final long serialVersionUID = 1L;
    /** The cache folder inside {@code <workspace>@tmp}. */
    static final String CACHE_FOLDER = "aigov-registry-cache";

    private final GatesRequest request;

    GatesCallable(final GatesRequest request) {
        this.request = request;
    }

    @Override
    public GatesOutcome invoke(final File workspace, final VirtualChannel channel) throws IOException {
        List<String> notes = new ArrayList<>();
        ProvenanceResult provenance = request.provenance();
        if (provenance != null && !SameRange.test(workspace, request.range(), provenance.range())) {
            notes.add("AI gates: the aiProvenance result of this build covers another range; provenance of this"
                    + " range is computed again");
            provenance = null;
        }
        try {
            GatesReport report = AiGovernance.gates()
                    .repository(workspace.toPath())
                    .base(request.range().base())
                    .head(request.range().head())
                    .maxCommits(request.maxCommits())
                    .policy(request.policy())
                    .request(request.asked())
                    .registries(withCache(request.registries(), workspace))
                    .provenance(provenance)
                    .markerRules(request.markerRules())
                    .toleratesMissingBase(request.range().baseIsDerived())
                    .externalSarif(request.externalSarif())
                    .riskPolicy(request.riskPolicy())
                    .riskRequest(request.riskAsked())
                    .call();
            GatesResult result = report.result();
            List<String> log = new ArrayList<>(report.log());
            log.addAll(1, notes);
            return new GatesOutcome(result.summary(), log, GatesJson.write(result), sarif(result));
        } catch (InvalidSarifException e) {
            throw new IOException("aiGates: the SARIF log of the findings is not valid: " + e.getMessage(), e);
        } catch (GovernanceException e) {
            if (e.isUsageError()) {
                throw new AbortException("aiGates: " + e.getMessage() + " (range " + request.range().describe(
                        request.maxCommits()) + ")");
            }
            throw new IOException("aiGates: the analysis of " + workspace + " failed: " + e.getMessage(), e);
        }
    }

    private static RegistrySettings withCache(final RegistrySettings settings, final File workspace) {
        if (settings.cacheTtl().isZero()) {
            return settings;
        }
        Path temporary = workspace.toPath().resolveSibling(workspace.getName() + "@tmp");
        return settings.toBuilder().cacheDirectory(temporary.resolve(CACHE_FOLDER)).build();
    }

    /** All findings as one SARIF 2.1.0 log, rendered (and schema-checked) here on the agent. */
    private static String sarif(final GatesResult result) throws IOException, InvalidSarifException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new SarifWriter(GatesCallable.class.getPackage().getImplementationVersion() == null ? "unknown"
                : GatesCallable.class.getPackage().getImplementationVersion())
                .write(result.findings(), result.problems(), !result.partial(), out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
