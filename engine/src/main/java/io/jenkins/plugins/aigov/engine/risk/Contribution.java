package io.jenkins.plugins.aigov.engine.risk;

import java.io.Serializable;
import java.util.Objects;

/**
 * One contribution to the risk score.
 *
 * @param factor stable id of the factor ({@code ai-share}, {@code sensitive.auth}, {@code finding.high.ai} …)
 * @param points the points, rounded to tenths (negative only for the {@code score.max} cap)
 * @param reason a sentence with the numbers, ending with the points ({@code AI wrote 62 % of 480 added lines
 *               (30 points at 100 %): +18.6})
 */
public record Contribution(String factor, double points, String reason) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Canonical constructor: checks the fields. */
    public Contribution {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(reason, "reason");
    }

    /** A contribution of {@code raw} points, rounded, whose reason is {@code sentence: +points}. */
    static Contribution of(final String factor, final double raw, final String sentence) {
        double points = Points.round(raw);
        return new Contribution(factor, points, sentence + ": " + Points.signed(points));
    }

    /** {@code factor: reason}, one line of the explanation. */
    public String line() {
        return factor + ": " + reason;
    }
}
