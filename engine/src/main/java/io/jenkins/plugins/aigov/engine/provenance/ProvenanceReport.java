package io.jenkins.plugins.aigov.engine.provenance;

import java.io.Serializable;
import java.util.List;

/**
 * What {@link ProvenanceCommand#call()} returns: the result plus the lines a caller should print.
 *
 * @param result the result
 * @param log    log lines for the caller (summary first, then problems); the engine never prints
 */
public record ProvenanceReport(ProvenanceResult result, List<String> log) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Canonical constructor: copies the log. */
    public ProvenanceReport {
        log = List.copyOf(log);
    }
}
