package io.jenkins.plugins.aigov.engine.model;

import java.io.Serializable;

/**
 * Counts (of commits or of lines) by origin. Immutable; {@link #plus} returns a new instance.
 *
 * @param aiGenerated count for {@link Origin#AI_GENERATED}
 * @param aiAssisted  count for {@link Origin#AI_ASSISTED}
 * @param human       count for {@link Origin#HUMAN}
 * @param unknown     count for {@link Origin#UNKNOWN}
 */
public record OriginCounts(long aiGenerated, long aiAssisted, long human, long unknown) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** No counts. */
    public static final OriginCounts ZERO = new OriginCounts(0, 0, 0, 0);

    /** One count of {@code amount} for {@code origin}. */
    public static OriginCounts of(final Origin origin, final long amount) {
        return ZERO.plus(origin, amount);
    }

    /** These counts plus {@code amount} for {@code origin}. */
    public OriginCounts plus(final Origin origin, final long amount) {
        return switch (origin) {
            case AI_GENERATED -> new OriginCounts(aiGenerated + amount, aiAssisted, human, unknown);
            case AI_ASSISTED -> new OriginCounts(aiGenerated, aiAssisted + amount, human, unknown);
            case HUMAN -> new OriginCounts(aiGenerated, aiAssisted, human + amount, unknown);
            case UNKNOWN -> new OriginCounts(aiGenerated, aiAssisted, human, unknown + amount);
        };
    }

    /** The element-wise sum. */
    public OriginCounts plus(final OriginCounts other) {
        return new OriginCounts(aiGenerated + other.aiGenerated, aiAssisted + other.aiAssisted,
                human + other.human, unknown + other.unknown);
    }

    /** The count for one origin. */
    public long get(final Origin origin) {
        return switch (origin) {
            case AI_GENERATED -> aiGenerated;
            case AI_ASSISTED -> aiAssisted;
            case HUMAN -> human;
            case UNKNOWN -> unknown;
        };
    }

    /** AI-generated plus AI-assisted. */
    public long ai() {
        return aiGenerated + aiAssisted;
    }

    /** All counts added. */
    public long total() {
        return aiGenerated + aiAssisted + human + unknown;
    }

    /** AI share of the total, 0.0 … 1.0 (0.0 when the total is 0). */
    public double aiShare() {
        long total = total();
        return total == 0 ? 0.0 : (double) ai() / total;
    }
}
