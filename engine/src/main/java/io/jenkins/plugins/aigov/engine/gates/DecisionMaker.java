package io.jenkins.plugins.aigov.engine.gates;

import java.util.ArrayList;
import java.util.List;

import io.jenkins.plugins.aigov.engine.model.Decision;
import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.OutagePolicy;
import io.jenkins.plugins.aigov.engine.model.Outcome;
import io.jenkins.plugins.aigov.engine.model.Severity;
import io.jenkins.plugins.aigov.engine.risk.RiskAssessment;

/**
 * Turns findings and unverified checks into the one decision. In order: any unsuppressed finding at or above
 * {@code failOn} (or at or above {@code aiFailOn} on an AI-written line) is FAIL; else any unverified check under a
 * fail-closed policy is OUTAGE; else any unsuppressed finding at or above {@code unstableOn} is UNSTABLE; else PASS
 * (under a fail-open policy unverified checks only add a warning). The reason names the worst finding. No risk
 * model runs yet: tier stays {@code null} and score 0.
 */
final class DecisionMaker {
    private DecisionMaker() {
    }

    /**
     * The decision.
     *
     * @param findings   sorted worst first
     * @param unverified what could not be verified, one line each ({@code npm:left-pad: reason})
     */
    static Decision decide(final GatePolicy policy, final List<Finding> findings, final List<String> unverified) {
        List<String> explanation = new ArrayList<>();
        Finding failing = null;
        Finding unstable = null;
        for (Finding finding : findings) {
            if (finding.isSuppressed()) {
                continue;
            }
            if (policy.scope() == Scope.CHANGED && Boolean.FALSE.equals(finding.newInRange())) {
                // Scope changed judges the change: a finding on a line older than the range is reported only.
                continue;
            }
            if (fails(policy, finding)) {
                failing = failing == null ? finding : failing;
                explanation.add("fail: " + line(finding) + (failsOnlyAsAi(policy, finding) ? " (AI-written line, aiFailOn "
                        + policy.aiFailOn().id() + ")" : ""));
            }
            else if (finding.severity().isAtLeast(policy.unstableOn())) {
                unstable = unstable == null ? finding : unstable;
                explanation.add("unstable: " + line(finding));
            }
        }
        boolean closed = policy.outagePolicy() == OutagePolicy.FAIL_CLOSED;
        unverified.forEach(item -> explanation.add((closed ? "outage: " : "unverified (fail-open): ") + item));
        int more = findings.size();
        if (failing != null) {
            return new Decision(Outcome.FAIL, reason("FAIL", failing, count(explanation, "fail: ")), null, 0,
                    explanation);
        }
        if (closed && !unverified.isEmpty()) {
            return new Decision(Outcome.OUTAGE, "OUTAGE: " + unverified.size() + " dependenc"
                    + (unverified.size() == 1 ? "y" : "ies") + " could not be verified and the outage policy is"
                    + " fail-closed; first: " + unverified.get(0), null, 0, explanation);
        }
        if (unstable != null) {
            return new Decision(Outcome.UNSTABLE, reason("UNSTABLE", unstable, count(explanation, "unstable: ")),
                    null, 0, explanation);
        }
        String pass = more == 0 ? "PASS: no findings" : "PASS: no finding at or above " + policy.unstableOn().id();
        if (!unverified.isEmpty()) {
            pass += "; " + unverified.size() + " unverified (fail-open)";
        }
        return new Decision(Outcome.PASS, pass, null, 0, explanation);
    }

    /**
     * The thresholds' decision and the risk model's, as one: the stricter outcome wins (PASS, UNSTABLE, APPROVAL,
     * FAIL; OUTAGE stands for FAIL's strength unless a finding fails outright), and its reason is kept; the tier and
     * score are the risk model's; the explanation lists the threshold lines, then every risk contribution.
     */
    static Decision combine(final Decision thresholds, final RiskAssessment risk) {
        Decision scored = risk.toDecision();
        boolean riskStricter = rank(scored.outcome()) > rank(thresholds.outcome());
        List<String> explanation = new ArrayList<>(thresholds.explanation());
        explanation.addAll(scored.explanation());
        Decision winner = riskStricter ? scored : thresholds;
        return new Decision(winner.outcome(), winner.reason(), scored.tier(), scored.score(), explanation);
    }

    private static int rank(final Outcome outcome) {
        return switch (outcome) {
            case PASS -> 0;
            case UNSTABLE -> 1;
            case APPROVAL -> 2;
            case OUTAGE -> 3;
            case FAIL -> 4;
        };
    }

    /** Whether a finding fails the gate: at or above failOn, or at or above aiFailOn on an AI-written line. */
    static boolean fails(final GatePolicy policy, final Finding finding) {
        return finding.severity().isAtLeast(policy.failOn()) || failsOnlyAsAi(policy, finding);
    }

    private static boolean failsOnlyAsAi(final GatePolicy policy, final Finding finding) {
        return policy.aiFailOn() != null && Boolean.TRUE.equals(finding.aiWritten())
                && finding.severity().isAtLeast(policy.aiFailOn()) && !finding.severity().isAtLeast(policy.failOn());
    }

    private static long count(final List<String> lines, final String prefix) {
        return lines.stream().filter(line -> line.startsWith(prefix)).count();
    }

    private static String reason(final String outcome, final Finding worst, final long total) {
        return outcome + ": " + line(worst) + (total > 1 ? " (and " + (total - 1) + " more)" : "");
    }

    /** {@code critical dependency-existence/package-missing at package.json:7: message}. */
    static String line(final Finding finding) {
        return finding.severity().id() + " " + finding.gateId() + "/" + finding.ruleId() + " at " + finding.file()
                + ":" + finding.line() + ": " + finding.message();
    }

    /** The severity order used to sort findings, worst first. */
    static int rank(final Severity severity) {
        return -severity.ordinal();
    }
}
