package io.jenkins.plugins.aigov.engine.gates;

import java.io.Serializable;
import java.util.List;

import io.jenkins.plugins.aigov.engine.model.Decision;
import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Problem;
import io.jenkins.plugins.aigov.engine.provenance.RangeInfo;

/**
 * Everything a gates run found and decided. Immutable and serializable; renders to {@code ai-gates.json}.
 *
 * @param schemaVersion version of the {@code ai-gates.json} schema
 * @param range         the analysed range
 * @param policy        the policy in force (after tightening)
 * @param checks        every dependency checked, in manifest order
 * @param findings      every finding (suppressed ones included, marked), sorted by severity then file and line
 * @param decision      the decision
 * @param problems      input that could not be (fully) analysed
 * @param partial       whether some input was skipped
 */
public record GatesResult(String schemaVersion, RangeInfo range, GatePolicy policy, List<DependencyCheck> checks,
        List<Finding> findings, Decision decision, List<Problem> problems, boolean partial) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The schema version written by this engine. */
    public static final String SCHEMA_VERSION = "1.0";

    /** Canonical constructor: copies the lists. */
    public GatesResult {
        checks = List.copyOf(checks);
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
    }

    /** The compact summary for build records and step return values. */
    public GatesSummary summary() {
        return GatesSummary.of(this);
    }
}
