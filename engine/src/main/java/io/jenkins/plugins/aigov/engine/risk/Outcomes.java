package io.jenkins.plugins.aigov.engine.risk;

import java.util.Locale;

import io.jenkins.plugins.aigov.engine.model.Outcome;

/** The order of the policy outcomes, PASS &lt; UNSTABLE &lt; APPROVAL &lt; FAIL, and their parsing. */
final class Outcomes {
    private Outcomes() {
    }

    /** The stricter of two policy outcomes. */
    static Outcome stricter(final Outcome a, final Outcome b) {
        return isStricter(b, a) ? b : a;
    }

    /** Whether {@code a} is strictly stricter than {@code b}. */
    static boolean isStricter(final Outcome a, final Outcome b) {
        return a.ordinal() > b.ordinal();
    }

    /** Parses {@code pass|unstable|approval|fail} (any case); OUTAGE is not a policy outcome. */
    static Outcome parse(final String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (Outcome outcome : Outcome.values()) {
            if (outcome != Outcome.OUTAGE && outcome.name().equals(name)) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("unknown outcome '" + text
                + "' (expected PASS, UNSTABLE, APPROVAL or FAIL)");
    }

    /** Rejects OUTAGE, which only the outage policy sets. */
    static Outcome checkPolicyOutcome(final Outcome outcome, final String what) {
        if (outcome == null || outcome == Outcome.OUTAGE) {
            throw new IllegalArgumentException(what + " must be PASS, UNSTABLE, APPROVAL or FAIL, was " + outcome);
        }
        return outcome;
    }
}
