package io.jenkins.plugins.aigov.engine.bom;

import java.util.List;
import java.util.Locale;

/**
 * How far the decision conforms to "the change may go on", as the CycloneDX conformance score 0 … 1: PASS 1.0,
 * UNSTABLE 0.75, APPROVAL 1.0 once the last decision is an approval, 0.0 once it is a rejection, 0.5 while none is
 * recorded; FAIL and any other outcome (an outage) 0.0.
 */
final class DecisionScores {
    private DecisionScores() {
    }

    static double score(final String outcome, final List<Approval> approvalsByTime) {
        switch (outcome.toUpperCase(Locale.ROOT)) {
            case "PASS":
                return 1.0;
            case "UNSTABLE":
                return 0.75;
            case "APPROVAL":
                if (approvalsByTime.isEmpty()) {
                    return 0.5;
                }
                return last(approvalsByTime).decision() == Approval.Decision.APPROVED ? 1.0 : 0.0;
            default:
                return 0.0;
        }
    }

    static String rationale(final String outcome, final List<Approval> approvalsByTime) {
        if (!"APPROVAL".equalsIgnoreCase(outcome)) {
            return "outcome " + outcome;
        }
        if (approvalsByTime.isEmpty()) {
            return "outcome APPROVAL, no decision recorded";
        }
        Approval last = last(approvalsByTime);
        return "outcome APPROVAL, " + last.decision().name().toLowerCase(Locale.ROOT) + " by " + last.userId();
    }

    private static Approval last(final List<Approval> approvalsByTime) {
        return approvalsByTime.get(approvalsByTime.size() - 1);
    }
}
