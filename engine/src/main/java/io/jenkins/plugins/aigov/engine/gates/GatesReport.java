package io.jenkins.plugins.aigov.engine.gates;

import java.io.Serializable;
import java.util.List;

/**
 * What {@link GatesCommand#call()} returns: the result plus the lines a caller should print.
 *
 * @param result the result
 * @param log    log lines (decision first, then findings worth a line, then problems)
 */
public record GatesReport(GatesResult result, List<String> log) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Canonical constructor: copies the log. */
    public GatesReport {
        log = List.copyOf(log);
    }
}
