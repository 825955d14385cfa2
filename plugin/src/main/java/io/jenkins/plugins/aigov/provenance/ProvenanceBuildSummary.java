package io.jenkins.plugins.aigov.provenance;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.jenkins.plugins.aigov.engine.provenance.ProvenanceSummary;

/**
 * The engine's {@link ProvenanceSummary} as the build record keeps it in {@code build.xml}.
 *
 * <p>A plain class rather than the engine's record: the XStream of Jenkins core 2.541.3 writes records but
 * cannot read them back ("can't get field offset on a record class"), so a record would not survive a restart.
 */
public final class ProvenanceBuildSummary implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String base;
    private final String head;
    private final int commits;
    private final int aiGenerated;
    private final int aiAssisted;
    private final int human;
    private final int unknown;
    private final long addedLines;
    private final long aiAddedLines;
    private final int aiFiles;
    private final int policyFindings;
    private final int problems;
    private final boolean partial;
    private final String topAgent;
    private final String topModel;

    private ProvenanceBuildSummary(final ProvenanceSummary summary) {
        base = summary.base();
        head = summary.head();
        commits = summary.commits();
        aiGenerated = summary.aiGenerated();
        aiAssisted = summary.aiAssisted();
        human = summary.human();
        unknown = summary.unknown();
        addedLines = summary.addedLines();
        aiAddedLines = summary.aiAddedLines();
        aiFiles = summary.aiFiles();
        policyFindings = summary.policyFindings();
        problems = summary.problems();
        partial = summary.partial();
        topAgent = summary.topAgent();
        topModel = summary.topModel();
    }

    /** Copies the engine's summary. */
    public static ProvenanceBuildSummary of(final ProvenanceSummary summary) {
        return new ProvenanceBuildSummary(summary);
    }

    /** The engine's summary again. */
    public ProvenanceSummary toSummary() {
        return new ProvenanceSummary(base, head, commits, aiGenerated, aiAssisted, human, unknown, addedLines,
                aiAddedLines, aiFiles, policyFindings, problems, partial, topAgent, topModel);
    }

    public String getBase() {
        return base;
    }

    public String getHead() {
        return head;
    }

    public int getCommits() {
        return commits;
    }

    public int getAiGenerated() {
        return aiGenerated;
    }

    public int getAiAssisted() {
        return aiAssisted;
    }

    public int getHuman() {
        return human;
    }

    public int getUnknown() {
        return unknown;
    }

    public int getAiCommits() {
        return aiGenerated + aiAssisted;
    }

    public long getAddedLines() {
        return addedLines;
    }

    public long getAiAddedLines() {
        return aiAddedLines;
    }

    /** AI share of the added lines in percent, one decimal. */
    public double getAiSharePercent() {
        return toSummary().aiSharePercent();
    }

    /** {@link #getAiSharePercent()} for people, e.g. {@code 23.4 %}. */
    public String getAiShareText() {
        return String.format(Locale.ROOT, "%.1f %%", getAiSharePercent());
    }

    public int getAiFiles() {
        return aiFiles;
    }

    public int getPolicyFindings() {
        return policyFindings;
    }

    public int getProblems() {
        return problems;
    }

    public boolean isPartial() {
        return partial;
    }

    public String getTopAgent() {
        return topAgent;
    }

    public String getTopModel() {
        return topModel;
    }

    /** The one line the build log shows. */
    String toLogLine() {
        return String.format(Locale.ROOT,
                "%d commit(s): %d AI-generated, %d AI-assisted, %d human, %d unknown; AI share of %d added lines: %s",
                commits, aiGenerated, aiAssisted, human, unknown, addedLines, getAiShareText());
    }

    /**
     * What the step returns to the script: a map of strings, numbers and booleans, which every Pipeline script
     * (sandboxed or not) can read, e.g. {@code result.aiCommits > 0} or {@code result.partial}. Keys: {@code base},
     * {@code head} (commit ids; {@code base} is {@code null} for the whole history), {@code commits},
     * {@code aiGenerated}, {@code aiAssisted}, {@code human}, {@code unknown}, {@code aiCommits} (int),
     * {@code addedLines}, {@code aiAddedLines} (long), {@code aiSharePercent} (double, one decimal),
     * {@code aiFiles}, {@code policyFindings}, {@code problems} (int), {@code partial} (boolean), {@code topAgent},
     * {@code topModel} (string or {@code null}).
     */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("base", base);
        map.put("head", head);
        map.put("commits", commits);
        map.put("aiGenerated", aiGenerated);
        map.put("aiAssisted", aiAssisted);
        map.put("human", human);
        map.put("unknown", unknown);
        map.put("aiCommits", getAiCommits());
        map.put("addedLines", addedLines);
        map.put("aiAddedLines", aiAddedLines);
        map.put("aiSharePercent", getAiSharePercent());
        map.put("aiFiles", aiFiles);
        map.put("policyFindings", policyFindings);
        map.put("problems", problems);
        map.put("partial", partial);
        map.put("topAgent", topAgent);
        map.put("topModel", topModel);
        return map;
    }
}
