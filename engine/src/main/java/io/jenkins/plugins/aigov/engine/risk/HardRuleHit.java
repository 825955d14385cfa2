package io.jenkins.plugins.aigov.engine.risk;

import java.io.Serializable;

import io.jenkins.plugins.aigov.engine.model.Outcome;

/**
 * A hard rule that fired.
 *
 * @param ruleId  the rule's stable id
 * @param outcome the outcome it sets at least
 * @param reason  a sentence naming what made it fire
 */
public record HardRuleHit(String ruleId, Outcome outcome, String reason) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** {@code hard rule critical-finding-fails -> FAIL: reason}. */
    public String line() {
        return "hard rule " + ruleId + " -> " + outcome + ": " + reason;
    }
}
