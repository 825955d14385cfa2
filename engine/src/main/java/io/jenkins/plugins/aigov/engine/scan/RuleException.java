package io.jenkins.plugins.aigov.engine.scan;

import io.jenkins.plugins.aigov.engine.GovernanceException;

/**
 * A rule file or an admin rule that cannot be used. The message names the file, the rule id and the field.
 */
public class RuleException extends GovernanceException {
    private static final long serialVersionUID = 1L;

    /** A broken rule; {@code message} names the file, the rule id and the field. */
    public RuleException(final String message) {
        super(message, true);
    }

    /** Builds the standard message {@code FILE: rule 'ID': field 'FIELD': PROBLEM}. */
    static RuleException of(final String source, final String ruleId, final String field, final String problem) {
        return new RuleException(source + ": rule '" + (ruleId == null ? "?" : ruleId) + "': field '" + field
                + "': " + problem);
    }
}
