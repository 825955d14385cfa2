package io.jenkins.plugins.aigov.gates;

import java.io.Serializable;

import io.jenkins.plugins.aigov.RevisionRange;
import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistryConfig;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistrySettings;
import io.jenkins.plugins.aigov.engine.gates.GatePolicy;
import io.jenkins.plugins.aigov.engine.gates.PolicyRequest;
import io.jenkins.plugins.aigov.engine.provenance.MarkerRules;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;
import io.jenkins.plugins.aigov.engine.risk.RiskPolicy;
import io.jenkins.plugins.aigov.engine.risk.RiskPolicyRequest;

/**
 * Everything the agent needs for one gates run: resolved on the controller (range, the admin's policy, what the
 * Jenkinsfile asks, registries with their secrets), immutable, sent once. {@link #toString()} never shows a
 * secret.
 *
 * @param range       the change range
 * @param maxCommits  cap of a provenance walk of our own
 * @param policy      the admin's policy
 * @param asked       what the Jenkinsfile asks (may only tighten)
 * @param registries  registries, limits and cache time (with secrets)
 * @param provenance  an earlier aiProvenance result of this build, or {@code null}
 * @param markerRules the global marker rules, for a provenance run of our own
 * @param externalSarif glob of other scanners' SARIF files in the workspace, or {@code null}
 * @param riskPolicy  the admin's risk policy
 * @param riskAsked   what the Jenkinsfile asks of the risk policy (may only tighten)
 */
record GatesRequest(RevisionRange range, int maxCommits, GatePolicy policy, PolicyRequest asked,
        RegistrySettings registries, ProvenanceResult provenance, MarkerRules markerRules, String externalSarif,
        RiskPolicy riskPolicy, RiskPolicyRequest riskAsked)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The range and settings for the log. */
    String describe() {
        return range.describe(maxCommits) + "; " + registryCount() + " registr"
                + (registryCount() == 1 ? "y" : "ies") + " (" + credentialCount() + " with credentials)"
                + (provenance == null ? "" : "; provenance from aiProvenance");
    }

    private int registryCount() {
        int count = 0;
        for (Ecosystem ecosystem : Ecosystem.values()) {
            count += (int) registries.registries(ecosystem).stream().filter(RegistryConfig::enabled).count();
        }
        return count;
    }

    private int credentialCount() {
        int count = 0;
        for (Ecosystem ecosystem : Ecosystem.values()) {
            count += (int) registries.registries(ecosystem).stream().filter(r -> r.credentials() != null).count();
        }
        return count;
    }

    @Override
    public String toString() {
        return "GatesRequest[" + describe() + ", policy=" + policy + ", asked=" + asked + ", riskAsked=" + riskAsked
                + "]";
    }
}
