package io.jenkins.plugins.aigov.engine.gates;

import java.util.ArrayList;
import java.util.List;

import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistryStats;
import io.jenkins.plugins.aigov.engine.model.Decision;
import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.OutagePolicy;
import io.jenkins.plugins.aigov.engine.model.Problem;

/**
 * The lines a caller prints after a gates run: the decision first, the policy lines (requests ignored as
 * loosening), a count line, one line per unsuppressed finding at or above {@code unstableOn}, unverified
 * look-ups under a fail-open policy, problems, and a PARTIAL notice.
 */
final class GatesLog {
    private static final String PREFIX = "AI gates: ";

    private GatesLog() {
    }

    static List<String> lines(final GatesResult result, final List<String> policyLog, final List<String> unverified,
            final RegistryStats stats) {
        List<String> lines = new ArrayList<>();
        Decision decision = result.decision();
        lines.add(PREFIX + decision.outcome() + " - " + decision.reason());
        policyLog.forEach(line -> lines.add(PREFIX + "policy: " + line));
        GatesSummary summary = result.summary();
        lines.add(PREFIX + summary.dependencies() + " dependencies checked, " + summary.findings() + " findings ("
                + summary.critical() + " critical, " + summary.high() + " high, " + summary.medium() + " medium, "
                + summary.low() + " low, " + summary.info() + " info), " + summary.unverified() + " unverified"
                + (stats == null ? "" : "; registries: " + stats.httpRequests() + " HTTP requests, "
                        + stats.diskHits() + " cache hits"));
        for (Finding finding : result.findings()) {
            if (!finding.isSuppressed() && finding.severity().isAtLeast(result.policy().unstableOn())) {
                lines.add(PREFIX + DecisionMaker.line(finding)
                        + (Boolean.TRUE.equals(finding.aiWritten()) ? " [AI-written line]" : "")
                        + (finding.fixHint() == null ? "" : " Fix: " + finding.fixHint()));
            }
        }
        if (result.policy().outagePolicy() == OutagePolicy.FAIL_OPEN && !unverified.isEmpty()) {
            lines.add(PREFIX + "warning: " + unverified.size() + " look-up(s) could not be verified; the outage"
                    + " policy is fail-open, so they do not change the decision:");
            unverified.forEach(line -> lines.add(PREFIX + "warning:   " + line));
        }
        for (Problem problem : result.problems()) {
            lines.add(PREFIX + "warning: " + problem);
        }
        if (result.partial()) {
            lines.add(PREFIX + "PARTIAL result: some input could not be analysed (see the problems)");
        }
        return lines;
    }
}
