package io.jenkins.plugins.aigov.engine.sarif;

import java.util.List;

import io.jenkins.plugins.aigov.engine.GovernanceException;

/**
 * The SARIF log this engine built does not validate against the official SARIF 2.1.0 schema; it is not written. A
 * failure to run (a bug), not a usage error.
 */
public class InvalidSarifException extends GovernanceException {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 10;
    private final List<String> errors;

    /** An exception listing the schema errors. */
    public InvalidSarifException(final List<String> errors) {
        super("the SARIF log is not valid SARIF 2.1.0: " + String.join("; ", errors.subList(0,
                Math.min(errors.size(), SHOWN))) + (errors.size() > SHOWN ? " … (" + errors.size() + " errors)" : ""),
                false);
        this.errors = List.copyOf(errors);
    }

    /** The schema errors, as the validator words them. */
    public List<String> errors() {
        return errors;
    }
}
