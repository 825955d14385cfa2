package io.jenkins.plugins.aigov.engine.bom;

import java.math.BigDecimal;

/** Writes scores the same way on every platform: plain decimal, no exponent, no trailing zeros. */
final class Scores {
    private Scores() {
    }

    static String format(final Double score) {
        if (score == null || score.isNaN() || score.isInfinite()) {
            return null;
        }
        return BigDecimal.valueOf(score).stripTrailingZeros().toPlainString();
    }
}
