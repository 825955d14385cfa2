package io.jenkins.plugins.aigov.trend;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import hudson.model.Run;

import io.jenkins.plugins.aigov.approval.ApprovalAction;
import io.jenkins.plugins.aigov.approval.ApprovalDecision;
import io.jenkins.plugins.aigov.approval.ApprovalRequest;
import io.jenkins.plugins.aigov.gates.GatesAction;
import io.jenkins.plugins.aigov.gates.GatesBuildSummary;
import io.jenkins.plugins.aigov.provenance.ProvenanceAction;
import io.jenkins.plugins.aigov.provenance.ProvenanceBuildSummary;

/**
 * The builds of a job that ran an AI governance step, newest first back to a limit, as trend points. Only the
 * summaries in {@code build.xml} are read. Builds without our actions are skipped, but at most
 * {@value #SCAN_FACTOR} times the limit are looked at, so a job that stopped using the steps long ago costs a
 * bounded walk.
 */
public final class TrendHistory {
    /** How many builds the chart shows by default. */
    public static final int DEFAULT_BUILDS = 20;
    /** The most builds a page may ask for. */
    public static final int MAX_BUILDS = 100;
    static final int SCAN_FACTOR = 5;

    private TrendHistory() {
    }

    /**
     * The trend points, oldest first.
     *
     * @param newest    the newest build or {@code null}
     * @param maxBuilds how many points at most (1 … {@value #MAX_BUILDS})
     */
    public static List<TrendPoint> collect(final Run<?, ?> newest, final int maxBuilds) {
        int limit = Math.max(1, Math.min(MAX_BUILDS, maxBuilds));
        List<TrendPoint> points = new ArrayList<>();
        int looked = 0;
        for (Run<?, ?> run = newest; run != null && points.size() < limit && looked < limit * SCAN_FACTOR;
                run = run.getPreviousBuild()) {
            looked++;
            TrendPoint point = pointOf(run);
            if (point != null) {
                points.add(point);
            }
        }
        Collections.reverse(points);
        return List.copyOf(points);
    }

    /** Whether one of the newest {@code depth} builds ran a step of ours (for showing the trend at all). */
    public static boolean hasResults(final Run<?, ?> newest, final int depth) {
        int looked = 0;
        for (Run<?, ?> run = newest; run != null && looked < depth; run = run.getPreviousBuild()) {
            looked++;
            if (run.getAction(GatesAction.class) != null || run.getAction(ProvenanceAction.class) != null) {
                return true;
            }
        }
        return false;
    }

    /** The point of one build, or {@code null} when it ran none of the steps. */
    static TrendPoint pointOf(final Run<?, ?> run) {
        ProvenanceAction provenance = run.getAction(ProvenanceAction.class);
        GatesAction gates = run.getAction(GatesAction.class);
        if (provenance == null && gates == null) {
            return null;
        }
        TrendPoint.Builder point = TrendPoint.builder(run.getNumber(), run.getDisplayName());
        if (provenance != null && provenance.getSummary() != null) {
            ProvenanceBuildSummary summary = provenance.getSummary();
            point.provenance(summary.getAiSharePercent(), summary.getAddedLines());
        }
        if (gates != null && gates.getSummary() != null) {
            GatesBuildSummary summary = gates.getSummary();
            point.findings(summary.getCritical(), summary.getHigh(), summary.getMedium(), summary.getLow());
            point.decision(decision(summary.getOutcome(), run.getAction(ApprovalAction.class)), summary.getTier(),
                    summary.getScore());
        }
        return point.build();
    }

    /** The outcome, refined by the approval's end when the outcome asked for one. */
    static String decision(final String outcome, final ApprovalAction approval) {
        if (!"APPROVAL".equals(outcome) || approval == null) {
            return outcome;
        }
        List<ApprovalRequest> requests = approval.getRequests();
        if (requests.isEmpty()) {
            return outcome;
        }
        ApprovalDecision decision = requests.get(requests.size() - 1).getDecision();
        if (decision == null) {
            return outcome;
        }
        return switch (decision.getKind()) {
            case APPROVED -> "APPROVED";
            case REJECTED, TIMED_OUT -> "REJECTED";
            case ABORTED -> "ABORTED";
        };
    }
}
