package io.jenkins.plugins.aigov.engine.gates;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.jenkins.plugins.aigov.engine.GovernanceException;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistrySettings;
import io.jenkins.plugins.aigov.engine.provenance.MarkerRules;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceCommand;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;
import io.jenkins.plugins.aigov.engine.risk.RiskPolicy;
import io.jenkins.plugins.aigov.engine.risk.RiskPolicyRequest;

/**
 * Options of the gates command. Not thread-safe; use once.
 */
public final class GatesCommand {
    private Path repository;
    private String base;
    private String head = "HEAD";
    private int maxCommits = ProvenanceCommand.DEFAULT_MAX_COMMITS;
    private GatePolicy policy = GatePolicy.defaults();
    private PolicyRequest request = PolicyRequest.NONE;
    private RegistrySettings registries = RegistrySettings.defaults();
    private ProvenanceResult provenance;
    private MarkerRules markerRules = MarkerRules.none();
    private boolean toleratesMissingBase;
    private String externalSarif;
    private RiskPolicy riskPolicy = RiskPolicy.defaults();
    private RiskPolicyRequest riskRequest = RiskPolicyRequest.NONE;

    /**
     * Everything a run needs, resolved.
     *
     * @param repository           work tree (or bare repository: then only manifests are read from git)
     * @param base                 base revision or {@code null} (whole history / scope all)
     * @param head                 head revision
     * @param maxCommits           cap for the provenance walk when provenance must be computed
     * @param policy               the policy after tightening
     * @param policyLog            lines saying which requested changes were ignored as loosening, and which
     *                             rule ids of the policy name nothing
     * @param registries           registries, timeouts, cache
     * @param provenance           provenance of the same range when the caller has it, else {@code null}
     * @param markerRules          marker rules for a provenance run of our own
     * @param toleratesMissingBase see {@link ProvenanceCommand#toleratesMissingBase(boolean)}
     * @param externalSarif        glob of other scanners' SARIF files in the work tree, or {@code null}
     * @param riskPolicy           the risk policy after tightening (its outage policy is the gate policy's)
     */
    public record Options(Path repository, String base, String head, int maxCommits, GatePolicy policy,
            List<String> policyLog, RegistrySettings registries, ProvenanceResult provenance,
            MarkerRules markerRules, boolean toleratesMissingBase, String externalSarif, RiskPolicy riskPolicy) {
    }

    /** The git repository (work tree, or a folder inside one, or a bare repository). */
    public GatesCommand repository(final Path dir) {
        this.repository = Objects.requireNonNull(dir, "repository");
        return this;
    }

    /** The base revision (excluded); {@code null} or blank: the whole history. */
    public GatesCommand base(final String rev) {
        this.base = rev == null || rev.isBlank() ? null : rev.strip();
        return this;
    }

    /** The head revision; default {@code HEAD}. */
    public GatesCommand head(final String rev) {
        this.head = rev == null || rev.isBlank() ? "HEAD" : rev.strip();
        return this;
    }

    /** Cap for the provenance walk. */
    public GatesCommand maxCommits(final int max) {
        if (max < 1) {
            throw new IllegalArgumentException("maxCommits must be at least 1, was " + max);
        }
        this.maxCommits = max;
        return this;
    }

    /** The admin's policy. */
    public GatesCommand policy(final GatePolicy value) {
        this.policy = Objects.requireNonNull(value, "policy");
        return this;
    }

    /** What the pipeline asks; it may only tighten the policy. */
    public GatesCommand request(final PolicyRequest value) {
        this.request = Objects.requireNonNull(value, "request");
        return this;
    }

    /** Registries, credentials, timeouts and cache. */
    public GatesCommand registries(final RegistrySettings value) {
        this.registries = Objects.requireNonNull(value, "registries");
        return this;
    }

    /** Provenance of the same range, when an earlier step computed it. */
    public GatesCommand provenance(final ProvenanceResult value) {
        this.provenance = value;
        return this;
    }

    /** Marker rules for a provenance run of our own. */
    public GatesCommand markerRules(final MarkerRules value) {
        this.markerRules = Objects.requireNonNull(value, "markerRules");
        return this;
    }

    /** See {@link ProvenanceCommand#toleratesMissingBase(boolean)}. */
    public GatesCommand toleratesMissingBase(final boolean tolerate) {
        this.toleratesMissingBase = tolerate;
        return this;
    }

    /**
     * Other scanners' results to take in: a glob of SARIF 2.1.0 files relative to the work tree
     * ({@code build/reports/**}{@code /*.sarif}); {@code null} or blank for none.
     */
    public GatesCommand externalSarif(final String glob) {
        this.externalSarif = glob == null || glob.isBlank() ? null : glob.strip();
        return this;
    }

    /** The admin's risk policy (weights, sensitive paths, tiers, tier outcomes, hard rules). */
    public GatesCommand riskPolicy(final RiskPolicy value) {
        this.riskPolicy = Objects.requireNonNull(value, "riskPolicy");
        return this;
    }

    /** What the pipeline asks of the risk policy; it may only tighten it. */
    public GatesCommand riskRequest(final RiskPolicyRequest value) {
        this.riskRequest = Objects.requireNonNull(value, "riskRequest");
        return this;
    }

    /** Runs the gates. */
    public GatesReport call() throws GovernanceException {
        if (repository == null) {
            throw new GovernanceException("no repository given", true);
        }
        List<String> policyLog = new ArrayList<>();
        GatePolicy effective = policy.tightenedBy(request, policyLog);
        policyLog.addAll(PolicyRules.warnings(effective));
        RiskPolicy risk = riskPolicy.withOutagePolicy(effective.outagePolicy()).tightenedBy(riskRequest, policyLog);
        return new GatesAnalyzer(new Options(repository, base, head, maxCommits, effective, policyLog, registries,
                provenance, markerRules, toleratesMissingBase, externalSarif, risk)).analyze();
    }
}
