package io.jenkins.plugins.aigov.engine.bom;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

import io.jenkins.plugins.aigov.engine.model.Finding;

/**
 * What the gates found and what the risk policy decided, as the AI-BOM records it.
 *
 * @param gates       ids of the gates that ran (a gate with no finding still counts as checked); gates named only
 *                    by a finding are added
 * @param findings    the findings; only summaries (counts, rule ids, {@code file:line}) reach the BOM, never a
 *                    snippet, message or evidence value
 * @param outcome     the decision: {@code PASS}, {@code UNSTABLE}, {@code APPROVAL}, {@code FAIL} or another
 *                    outcome the policy knows (such as an outage)
 * @param tier        the risk tier, or {@code null}
 * @param score       the risk score, or {@code null}
 * @param explanation why the policy decided so, one line each
 */
public record GateResults(List<String> gates, List<Finding> findings, String outcome, String tier, Double score,
        List<String> explanation) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Canonical constructor: checks the outcome and copies the lists. */
    public GateResults {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome.isBlank()) {
            throw new IllegalArgumentException("gate results without an outcome");
        }
        gates = gates == null ? List.of() : List.copyOf(gates);
        findings = findings == null ? List.of() : List.copyOf(findings);
        explanation = explanation == null ? List.of() : List.copyOf(explanation);
    }
}
