package io.jenkins.plugins.aigov.trend;

import java.util.Locale;

import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * One build of the trend, taken from the summaries the build keeps in {@code build.xml} (never from a detail file).
 * A build may have run only one of the steps: then the other's values are absent.
 */
@ExportedBean(defaultVisibility = 3)
public final class TrendPoint {
    private final int number;
    private final String displayName;
    private final boolean hasProvenance;
    private final double aiSharePercent;
    private final long addedLines;
    private final boolean hasGates;
    private final int critical;
    private final int high;
    private final int medium;
    private final int low;
    private final String decision;
    private final String tier;
    private final double score;

    private TrendPoint(final Builder builder) {
        this.number = builder.number;
        this.displayName = builder.displayName;
        this.hasProvenance = builder.hasProvenance;
        this.aiSharePercent = builder.aiSharePercent;
        this.addedLines = builder.addedLines;
        this.hasGates = builder.hasGates;
        this.critical = builder.critical;
        this.high = builder.high;
        this.medium = builder.medium;
        this.low = builder.low;
        this.decision = builder.decision;
        this.tier = builder.tier;
        this.score = builder.score;
    }

    /** Starts a point for a build. */
    public static Builder builder(final int number, final String displayName) {
        return new Builder(number, displayName);
    }

    @Exported
    public int getNumber() {
        return number;
    }

    @Exported
    public String getDisplayName() {
        return displayName;
    }

    /** Whether the build ran {@code aiProvenance}. */
    @Exported
    public boolean isHasProvenance() {
        return hasProvenance;
    }

    /** The AI share of added lines in percent; 0 when the build has no provenance. */
    @Exported
    public double getAiSharePercent() {
        return aiSharePercent;
    }

    /** The AI share as shown in the table, or a dash. */
    public String getAiShareText() {
        return hasProvenance ? String.format(Locale.ROOT, "%.1f %%", aiSharePercent) : "-";
    }

    @Exported
    public long getAddedLines() {
        return addedLines;
    }

    /** Whether the build ran {@code aiGates}. */
    @Exported
    public boolean isHasGates() {
        return hasGates;
    }

    @Exported
    public int getCritical() {
        return critical;
    }

    @Exported
    public int getHigh() {
        return high;
    }

    @Exported
    public int getMedium() {
        return medium;
    }

    @Exported
    public int getLow() {
        return low;
    }

    /** Critical to low findings (info is left out of the chart and the total). */
    public int getFindings() {
        return critical + high + medium + low;
    }

    /**
     * The decision: PASS, UNSTABLE, FAIL, OUTAGE, APPROVAL while waiting, APPROVED or REJECTED once a person (or
     * the timeout) decided, ABORTED when the build was aborted while waiting; {@code null} when the build has no
     * gates.
     */
    @Exported
    public String getDecision() {
        return decision;
    }

    @Exported
    public String getTier() {
        return tier;
    }

    @Exported
    public double getScore() {
        return score;
    }

    /** The values of one build, set from its actions. */
    public static final class Builder {
        private final int number;
        private final String displayName;
        private boolean hasProvenance;
        private double aiSharePercent;
        private long addedLines;
        private boolean hasGates;
        private int critical;
        private int high;
        private int medium;
        private int low;
        private String decision;
        private String tier;
        private double score;

        private Builder(final int number, final String displayName) {
            this.number = number;
            this.displayName = displayName;
        }

        /** The provenance values. */
        public Builder provenance(final double sharePercent, final long lines) {
            this.hasProvenance = true;
            this.aiSharePercent = Math.max(0, Math.min(100, sharePercent));
            this.addedLines = lines;
            return this;
        }

        /** The findings by severity (negative counts from a damaged build.xml count as none). */
        public Builder findings(final int criticalCount, final int highCount, final int mediumCount,
                final int lowCount) {
            this.hasGates = true;
            this.critical = Math.max(0, criticalCount);
            this.high = Math.max(0, highCount);
            this.medium = Math.max(0, mediumCount);
            this.low = Math.max(0, lowCount);
            return this;
        }

        /** The decision with its tier and score. */
        public Builder decision(final String outcome, final String riskTier, final double riskScore) {
            this.hasGates = true;
            this.decision = outcome;
            this.tier = riskTier;
            this.score = riskScore;
            return this;
        }

        public TrendPoint build() {
            return new TrendPoint(this);
        }
    }
}
