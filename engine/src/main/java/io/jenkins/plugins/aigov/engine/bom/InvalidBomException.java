package io.jenkins.plugins.aigov.engine.bom;

import java.util.List;

import io.jenkins.plugins.aigov.engine.GovernanceException;

/**
 * The BOM this engine built does not validate against the CycloneDX 1.6 JSON schema; it is not written. A failure
 * to run (a bug), not a usage error.
 */
public class InvalidBomException extends GovernanceException {
    private static final long serialVersionUID = 1L;
    private final List<String> errors;

    /** An exception listing the schema errors. */
    public InvalidBomException(final List<String> errors) {
        super("the AI-BOM is not valid CycloneDX 1.6: " + String.join("; ", errors.subList(0,
                Math.min(errors.size(), 10))) + (errors.size() > 10 ? " … (" + errors.size() + " errors)" : ""),
                false);
        this.errors = List.copyOf(errors);
    }

    /** The schema errors, as the validator words them. */
    public List<String> errors() {
        return errors;
    }
}
