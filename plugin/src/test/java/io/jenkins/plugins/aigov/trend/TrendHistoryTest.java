package io.jenkins.plugins.aigov.trend;

import java.util.List;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.approval.ApprovalAction;
import io.jenkins.plugins.aigov.approval.ApprovalDecision;
import io.jenkins.plugins.aigov.approval.ApprovalRequest;
import io.jenkins.plugins.aigov.engine.model.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/** Which builds the trend shows and what it takes from each. */
class TrendHistoryTest {
    @TempDir
    Path root;
    private TrendBuilds builds;

    @BeforeEach
    void jobs() {
        builds = new TrendBuilds(root);
    }

    @Test
    void shouldTakeEachBuildFromItsSummariesOldestFirst() throws Exception {
        var first = builds.add();
        TrendBuilds.provenance(first, 200, 50);
        TrendBuilds.gates(first, Outcome.PASS, 0, 0, 1, 2);
        var second = builds.add();
        TrendBuilds.provenance(second, 100, 80);
        TrendBuilds.gates(second, Outcome.FAIL, 1, 3, 0, 0);
        builds.seal();

        List<TrendPoint> points = TrendHistory.collect(builds.last(), 20);

        assertThat(points).extracting(TrendPoint::getNumber).containsExactly(1, 2);
        TrendPoint newest = points.get(1);
        assertThat(newest.getAiSharePercent()).isEqualTo(80.0);
        assertThat(newest.getAddedLines()).isEqualTo(100);
        assertThat(newest.getCritical()).isEqualTo(1);
        assertThat(newest.getHigh()).isEqualTo(3);
        assertThat(newest.getFindings()).isEqualTo(4);
        assertThat(newest.getDecision()).isEqualTo("FAIL");
        assertThat(newest.getTier()).isEqualTo("MEDIUM");
        assertThat(newest.getScore()).isEqualTo(42.5);
        assertThat(points.get(0).getAiSharePercent()).isEqualTo(25.0);
        assertThat(points.get(0).getDecision()).isEqualTo("PASS");
    }

    @Test
    void shouldSkipBuildsWithoutResultsAndKeepOnlyTheNewestOnes() throws Exception {
        for (int i = 1; i <= 30; i++) {
            var run = builds.add();
            if (i % 3 != 0) {
                TrendBuilds.gates(run, Outcome.PASS, 0, 0, 0, i);
            }
        }

        List<TrendPoint> points = TrendHistory.collect(builds.last(), 5);

        assertThat(points).extracting(TrendPoint::getNumber).containsExactly(23, 25, 26, 28, 29);
    }

    @Test
    void shouldStopLookingAfterABoundedNumberOfBuildsWithoutResults() throws Exception {
        var old = builds.add();
        TrendBuilds.gates(old, Outcome.PASS, 0, 0, 0, 0);
        for (int i = 0; i < 2 * TrendHistory.SCAN_FACTOR - 1; i++) {
            builds.add();
        }

        assertThat(TrendHistory.collect(builds.last(), 1)).isEmpty();
        assertThat(TrendHistory.collect(builds.last(), 2)).extracting(TrendPoint::getNumber).containsExactly(1);
    }

    @Test
    void shouldLeaveOutWhatABuildDidNotRun() throws Exception {
        TrendBuilds.provenance(builds.add(), 10, 10);
        TrendBuilds.gates(builds.add(), Outcome.UNSTABLE, 0, 1, 0, 0);

        List<TrendPoint> points = TrendHistory.collect(builds.last(), 20);

        assertThat(points.get(0).isHasProvenance()).isTrue();
        assertThat(points.get(0).isHasGates()).isFalse();
        assertThat(points.get(0).getDecision()).isNull();
        assertThat(points.get(1).isHasProvenance()).isFalse();
        assertThat(points.get(1).getAiShareText()).isEqualTo("-");
        assertThat(points.get(1).getDecision()).isEqualTo("UNSTABLE");
    }

    @Test
    void shouldShowHowAnApprovalEnded() throws Exception {
        var approved = builds.add();
        TrendBuilds.gates(approved, Outcome.APPROVAL, 0, 1, 0, 0);
        approval(approved, ApprovalDecision.Kind.APPROVED);
        var timedOut = builds.add();
        TrendBuilds.gates(timedOut, Outcome.APPROVAL, 0, 1, 0, 0);
        approval(timedOut, ApprovalDecision.Kind.TIMED_OUT);
        var waiting = builds.add();
        TrendBuilds.gates(waiting, Outcome.APPROVAL, 0, 1, 0, 0);
        approval(waiting, null);
        builds.seal();

        assertThat(TrendHistory.collect(builds.last(), 20)).extracting(TrendPoint::getDecision)
                .containsExactly("APPROVED", "REJECTED", "APPROVAL");
    }

    @Test
    void shouldOfferTheTrendOnlyWhenARecentBuildHasResults() throws Exception {
        assertThat(TrendHistory.hasResults(null, 5)).isFalse();
        TrendBuilds.provenance(builds.add(), 1, 0);
        for (int i = 0; i < 4; i++) {
            builds.add();
        }
        assertThat(TrendHistory.hasResults(builds.last(), 5)).isTrue();
        builds.add();
        assertThat(TrendHistory.hasResults(builds.last(), 5)).isFalse();
    }

    private static void approval(final TrendBuilds.ChainRun run, final ApprovalDecision.Kind kind) {
        ApprovalAction action = ApprovalAction.of(run);
        ApprovalRequest request = new ApprovalRequest("r1", "risk HIGH", "HIGH", 60, List.of(), List.of(), List.of(),
                1000, 2000);
        action.add(request);
        if (kind != null) {
            assertThat(action.decide("r1", new ApprovalDecision(kind, "alice", false, 1500, "ok"))).isTrue();
        }
    }
}
