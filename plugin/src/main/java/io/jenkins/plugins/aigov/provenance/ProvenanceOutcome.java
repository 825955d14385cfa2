package io.jenkins.plugins.aigov.provenance;

import java.io.Serializable;
import java.util.List;

import io.jenkins.plugins.aigov.engine.provenance.ProvenanceSummary;

/**
 * What the agent sends back: the summary, the lines to log, and the two documents already rendered there.
 *
 * @param summary   the compact summary
 * @param log       lines for the build log, in order
 * @param json      the {@code ai-provenance.json} document
 * @param statement the in-toto statement line ({@code ai-provenance.intoto.jsonl})
 */
record ProvenanceOutcome(ProvenanceSummary summary, List<String> log, String json, String statement)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    ProvenanceOutcome {
        log = List.copyOf(log);
    }
}
