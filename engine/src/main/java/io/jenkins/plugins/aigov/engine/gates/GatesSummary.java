package io.jenkins.plugins.aigov.engine.gates;

import java.io.Serializable;

import io.jenkins.plugins.aigov.engine.dependencies.registry.LookupOutcome;
import io.jenkins.plugins.aigov.engine.model.Decision;
import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Outcome;

/**
 * What a build record keeps of a gates result: small, flat and serializable.
 *
 * @param outcome       the decision's outcome
 * @param reason        the decision's reason
 * @param tier          risk tier or {@code null}
 * @param score         risk score
 * @param critical      unsuppressed critical findings
 * @param high          unsuppressed high findings
 * @param medium        unsuppressed medium findings
 * @param low           unsuppressed low findings
 * @param info          unsuppressed info findings
 * @param suppressed    suppressed findings
 * @param aiFindings    unsuppressed findings on AI-written lines
 * @param dependencies  dependencies checked
 * @param unverified    dependencies no registry could verify
 * @param problems      problems met
 * @param partial       whether the result is incomplete
 */
public record GatesSummary(Outcome outcome, String reason, String tier, double score, int critical, int high,
        int medium, int low, int info, int suppressed, int aiFindings, int dependencies, int unverified,
        int problems, boolean partial) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Summarises a result. */
    public static GatesSummary of(final GatesResult result) {
        int[] bySeverity = new int[5];
        int suppressed = 0;
        int ai = 0;
        for (Finding finding : result.findings()) {
            if (finding.isSuppressed()) {
                suppressed++;
                continue;
            }
            bySeverity[finding.severity().ordinal()]++;
            if (Boolean.TRUE.equals(finding.aiWritten())) {
                ai++;
            }
        }
        int unverified = (int) result.checks().stream()
                .filter(check -> check.lookup() != null && check.lookup().outcome() == LookupOutcome.UNVERIFIED)
                .count();
        Decision decision = result.decision();
        return new GatesSummary(decision.outcome(), decision.reason(), decision.tier(), decision.score(),
                bySeverity[4], bySeverity[3], bySeverity[2], bySeverity[1], bySeverity[0], suppressed, ai,
                result.checks().size(), unverified, result.problems().size(), result.partial());
    }

    /** Unsuppressed findings of any severity. */
    public int findings() {
        return critical + high + medium + low + info;
    }
}
