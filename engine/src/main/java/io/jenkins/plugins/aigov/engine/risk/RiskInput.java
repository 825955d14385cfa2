package io.jenkins.plugins.aigov.engine.risk;

import java.util.List;
import java.util.Objects;

import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.provenance.PolicyFinding;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;

/**
 * What the risk model scores. The changed paths, the commits that changed them and the lines by origin come from
 * the provenance result's files and commits.
 *
 * @param provenance      provenance of the range, or {@code null} (then AI share, sensitive paths and size are not
 *                        scored, and the explanation says so)
 * @param findings        the findings of all gates; suppressed ones are listed but not counted; findings of the
 *                        {@code provenance-policy} gate are scored through {@code policyFindings} only
 * @param policyFindings  the provenance-policy findings to score (normally the provenance result's, minus any the
 *                        caller knows to be suppressed)
 * @param newDependencies dependencies added in the range
 * @param unverified      the checks that could not be verified (registry or scanner outage), one line each
 * @param policy          the policy in force (after tightening)
 */
public record RiskInput(ProvenanceResult provenance, List<Finding> findings, List<PolicyFinding> policyFindings,
        int newDependencies, List<String> unverified, RiskPolicy policy) {

    /** Canonical constructor: checks and copies. */
    public RiskInput {
        Objects.requireNonNull(policy, "policy");
        if (newDependencies < 0) {
            throw new IllegalArgumentException("newDependencies must not be negative, was " + newDependencies);
        }
        findings = findings == null ? List.of() : List.copyOf(findings);
        policyFindings = policyFindings == null ? List.of() : List.copyOf(policyFindings);
        unverified = unverified == null ? List.of() : List.copyOf(unverified);
    }

    /** An input whose provenance-policy findings are the provenance result's. */
    public static RiskInput of(final ProvenanceResult provenance, final List<Finding> findings,
            final int newDependencies, final List<String> unverified, final RiskPolicy policy) {
        return new RiskInput(provenance, findings, provenance == null ? List.of() : provenance.policyFindings(),
                newDependencies, unverified, policy);
    }
}
