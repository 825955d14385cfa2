package io.jenkins.plugins.aigov.gates;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.jenkins.plugins.aigov.engine.gates.GatesSummary;

/**
 * The engine's {@link GatesSummary} as the build record keeps it in {@code build.xml}: a plain class (the XStream of
 * core 2.541.3 cannot read records back), the outcome as its name.
 */
public final class GatesBuildSummary implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String outcome;
    private final String reason;
    private final String tier;
    private final double score;
    private final int critical;
    private final int high;
    private final int medium;
    private final int low;
    private final int info;
    private final int suppressed;
    private final int aiFindings;
    private final int dependencies;
    private final int unverified;
    private final int problems;
    private final boolean partial;

    private GatesBuildSummary(final GatesSummary summary) {
        outcome = summary.outcome().name();
        reason = summary.reason();
        tier = summary.tier();
        score = summary.score();
        critical = summary.critical();
        high = summary.high();
        medium = summary.medium();
        low = summary.low();
        info = summary.info();
        suppressed = summary.suppressed();
        aiFindings = summary.aiFindings();
        dependencies = summary.dependencies();
        unverified = summary.unverified();
        problems = summary.problems();
        partial = summary.partial();
    }

    /** Copies the engine's summary. */
    public static GatesBuildSummary of(final GatesSummary summary) {
        return new GatesBuildSummary(summary);
    }

    /** {@code PASS}, {@code UNSTABLE}, {@code APPROVAL}, {@code FAIL} or {@code OUTAGE}. */
    public String getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public String getTier() {
        return tier;
    }

    public double getScore() {
        return score;
    }

    public int getCritical() {
        return critical;
    }

    public int getHigh() {
        return high;
    }

    public int getMedium() {
        return medium;
    }

    public int getLow() {
        return low;
    }

    public int getInfo() {
        return info;
    }

    /** Unsuppressed findings of any severity. */
    public int getFindings() {
        return critical + high + medium + low + info;
    }

    public int getSuppressed() {
        return suppressed;
    }

    public int getAiFindings() {
        return aiFindings;
    }

    public int getDependencies() {
        return dependencies;
    }

    public int getUnverified() {
        return unverified;
    }

    public int getProblems() {
        return problems;
    }

    public boolean isPartial() {
        return partial;
    }

    /** The one line the build log shows after the engine's lines. */
    String toLogLine() {
        return String.format(Locale.ROOT, "%s: %d finding(s) (%d critical, %d high, %d medium, %d low, %d info),"
                + " %d dependencies checked, %d unverified", outcome, getFindings(), critical, high, medium, low, info,
                dependencies, unverified);
    }

    /**
     * What the step returns to the script: strings, numbers and booleans only. Keys: {@code outcome} (as above),
     * {@code reason}, {@code tier} (string or {@code null}), {@code score} (double), {@code findings},
     * {@code critical}, {@code high}, {@code medium}, {@code low}, {@code info}, {@code suppressed},
     * {@code aiFindings}, {@code dependencies}, {@code unverified}, {@code problems} (int), {@code partial} (boolean).
     */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("outcome", outcome);
        map.put("reason", reason);
        map.put("tier", tier);
        map.put("score", score);
        map.put("findings", getFindings());
        map.put("critical", critical);
        map.put("high", high);
        map.put("medium", medium);
        map.put("low", low);
        map.put("info", info);
        map.put("suppressed", suppressed);
        map.put("aiFindings", aiFindings);
        map.put("dependencies", dependencies);
        map.put("unverified", unverified);
        map.put("problems", problems);
        map.put("partial", partial);
        return map;
    }
}
