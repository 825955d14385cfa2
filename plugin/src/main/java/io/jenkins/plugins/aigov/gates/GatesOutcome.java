package io.jenkins.plugins.aigov.gates;

import java.io.Serializable;
import java.util.List;

import io.jenkins.plugins.aigov.engine.gates.GatesSummary;

/**
 * What the agent sends back: the summary, the lines to log, and {@code ai-gates.json} rendered there.
 *
 * @param summary the compact summary with the decision
 * @param log     lines for the build log, in order
 * @param json    the {@code ai-gates.json} document
 */
record GatesOutcome(GatesSummary summary, List<String> log, String json, String sarif) implements Serializable {
    private static final long serialVersionUID = 1L;

    GatesOutcome {
        log = List.copyOf(log);
    }
}
