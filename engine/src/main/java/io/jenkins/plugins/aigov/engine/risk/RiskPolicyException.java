package io.jenkins.plugins.aigov.engine.risk;

import io.jenkins.plugins.aigov.engine.GovernanceException;

/**
 * Risk policy text (or sensitive path text) that cannot be used. A usage error; the message reads
 * {@code where:line: message} and names the offending value.
 */
public class RiskPolicyException extends GovernanceException {
    private static final long serialVersionUID = 1L;

    private final String where;
    private final int line;

    /**
     * Creates the exception.
     *
     * @param where   the file or configuration field
     * @param line    1-based line number, or 0 when no line applies
     * @param message what is wrong, naming the offending value
     */
    public RiskPolicyException(final String where, final int line, final String message) {
        super(where + ":" + line + ": " + message, true);
        this.where = where;
        this.line = line;
    }

    /** The file or configuration field. */
    public String where() {
        return where;
    }

    /** The 1-based line number, or 0. */
    public int line() {
        return line;
    }
}
