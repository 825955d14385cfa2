package io.jenkins.plugins.aigov.engine.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The one decision of a gates run, with its explanation.
 *
 * @param outcome     what the build should do
 * @param reason      one sentence: why this outcome
 * @param tier        the risk tier ({@code LOW}, {@code MEDIUM}, {@code HIGH}, {@code CRITICAL}), or {@code null}
 *                    while no risk model ran
 * @param score       the risk score (0 when no risk model ran)
 * @param explanation every contribution to the decision, one line each, in order
 */
public record Decision(Outcome outcome, String reason, String tier, double score, List<String> explanation)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Canonical constructor: copies the explanation. */
    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        explanation = List.copyOf(explanation);
    }
}
