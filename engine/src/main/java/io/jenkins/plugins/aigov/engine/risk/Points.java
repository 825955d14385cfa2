package io.jenkins.plugins.aigov.engine.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Rounding and formatting of points: every contribution is rounded to tenths, so the sum is exact. */
final class Points {
    private Points() {
    }

    /** Rounded to tenths (half up). */
    static double round(final double points) {
        return BigDecimal.valueOf(points).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** Whole tenths of a rounded value, for exact sums. */
    static long tenths(final double points) {
        return BigDecimal.valueOf(points).movePointRight(1).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** {@code +18.6}, {@code +0.0}, {@code -3.5}. */
    static String signed(final double points) {
        return String.format(Locale.ROOT, "%+.1f", points);
    }

    /** {@code 30}, {@code 1.5}, {@code 63.4}: no trailing zeros. */
    static String plain(final double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** {@code 62 %}: a share 0 … 1 as a whole percentage. */
    static String percent(final double share) {
        return Math.round(share * 100) + " %";
    }
}
