package io.jenkins.plugins.aigov.engine.gates;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.aigov.engine.model.Decision;
import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.OutagePolicy;
import io.jenkins.plugins.aigov.engine.model.Outcome;
import io.jenkins.plugins.aigov.engine.model.Severity;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionMakerTest {
    private static Finding finding(final Severity severity, final Boolean ai) {
        return new Finding("typosquat", "typosquat-name", severity, null, "package.json", 3, severity.id() + " thing",
                null, null, "f", ai, true, null, Map.of());
    }

    private static GatePolicy policy(final Severity failOn, final Severity unstableOn, final Severity aiFailOn,
            final OutagePolicy outage) {
        return new GatePolicy(failOn, unstableOn, aiFailOn, 90, 7, outage, Scope.CHANGED, Set.of(), Set.of(),
                Map.of(), null);
    }

    @Test
    void shouldFailAtFailOnAndNameTheWorstFinding() {
        Decision decision = DecisionMaker.decide(GatePolicy.defaults(),
                List.of(finding(Severity.CRITICAL, false), finding(Severity.HIGH, false)), List.of());

        assertThat(decision.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(decision.reason()).startsWith("FAIL: critical typosquat/typosquat-name at package.json:3");
        assertThat(decision.tier()).isNull();
        assertThat(decision.score()).isZero();
        assertThat(decision.explanation()).hasSize(2);
    }

    @Test
    void shouldBeUnstableAtUnstableOnAndPassBelow() {
        assertThat(DecisionMaker.decide(GatePolicy.defaults(), List.of(finding(Severity.HIGH, false)), List.of())
                .outcome()).isEqualTo(Outcome.UNSTABLE);
        assertThat(DecisionMaker.decide(GatePolicy.defaults(), List.of(finding(Severity.MEDIUM, false)), List.of())
                .outcome()).isEqualTo(Outcome.PASS);
        assertThat(DecisionMaker.decide(GatePolicy.defaults(), List.of(), List.of()).reason())
                .isEqualTo("PASS: no findings");
    }

    @Test
    void shouldFailAtAiFailOnOnlyOnAiWrittenLines() {
        GatePolicy policy = policy(Severity.CRITICAL, Severity.HIGH, Severity.HIGH, OutagePolicy.FAIL_OPEN);

        assertThat(DecisionMaker.decide(policy, List.of(finding(Severity.HIGH, true)), List.of()).outcome())
                .isEqualTo(Outcome.FAIL);
        assertThat(DecisionMaker.decide(policy, List.of(finding(Severity.HIGH, false)), List.of()).outcome())
                .isEqualTo(Outcome.UNSTABLE);
        assertThat(DecisionMaker.decide(policy, List.of(finding(Severity.HIGH, null)), List.of()).outcome())
                .isEqualTo(Outcome.UNSTABLE);
    }

    @Test
    void shouldReportAnOutageOnlyWhenFailClosed() {
        List<String> unverified = List.of("NPM:left-pad@1.3.0 (package.json:2): could not connect");

        Decision closed = DecisionMaker.decide(policy(Severity.CRITICAL, Severity.HIGH, null,
                OutagePolicy.FAIL_CLOSED), List.of(finding(Severity.HIGH, false)), unverified);
        Decision open = DecisionMaker.decide(GatePolicy.defaults(), List.of(), unverified);
        Decision failWins = DecisionMaker.decide(policy(Severity.CRITICAL, Severity.HIGH, null,
                OutagePolicy.FAIL_CLOSED), List.of(finding(Severity.CRITICAL, false)), unverified);

        assertThat(closed.outcome()).isEqualTo(Outcome.OUTAGE);
        assertThat(closed.reason()).contains("fail-closed").contains("left-pad");
        assertThat(open.outcome()).isEqualTo(Outcome.PASS);
        assertThat(open.reason()).contains("1 unverified (fail-open)");
        assertThat(failWins.outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void shouldIgnoreSuppressedFindings() {
        Finding suppressed = finding(Severity.CRITICAL, false).withSuppression(new Finding.Suppression("inline",
                "alice", "internal name", null, true, null));

        assertThat(DecisionMaker.decide(GatePolicy.defaults(), List.of(suppressed), List.of()).outcome())
                .isEqualTo(Outcome.PASS);
    }
}
