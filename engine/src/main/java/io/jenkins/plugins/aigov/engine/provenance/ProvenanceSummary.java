package io.jenkins.plugins.aigov.engine.provenance;

import java.io.Serializable;

/**
 * What a build record keeps of a provenance result: small, flat and serializable.
 *
 * @param base            base revision id or {@code null}
 * @param head            head revision id
 * @param commits         commits analysed
 * @param aiGenerated     AI-generated commits
 * @param aiAssisted      AI-assisted commits
 * @param human           human commits
 * @param unknown         commits of unknown origin
 * @param addedLines      lines added in the range
 * @param aiAddedLines    of those, written by an AI
 * @param aiFiles         files with AI-written lines
 * @param policyFindings  provenance-policy findings
 * @param problems        problems met in the input
 * @param partial         whether the result is incomplete
 * @param topAgent        the agent with most AI commits, or {@code null}
 * @param topModel        the model with most AI commits, or {@code null}
 */
public record ProvenanceSummary(String base, String head, int commits, int aiGenerated, int aiAssisted,
        int human, int unknown, long addedLines, long aiAddedLines, int aiFiles, int policyFindings,
        int problems, boolean partial, String topAgent, String topModel) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Summarises a result. */
    public static ProvenanceSummary of(final ProvenanceResult result) {
        ProvenanceTotals totals = result.totals();
        return new ProvenanceSummary(result.range().baseId(), result.range().headId(), result.commits().size(),
                (int) totals.commits().aiGenerated(), (int) totals.commits().aiAssisted(),
                (int) totals.commits().human(), (int) totals.commits().unknown(), totals.addedLines().total(),
                totals.addedLines().ai(), totals.aiFiles(), result.policyFindings().size(),
                result.problems().size(), result.partial(), top(totals.commitsByAgent()),
                top(totals.commitsByModel()));
    }

    private static String top(final java.util.Map<String, Long> counts) {
        return counts.entrySet().stream()
                .max(java.util.Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(java.util.Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(java.util.Map.Entry::getKey).orElse(null);
    }

    /** AI commits (generated + assisted). */
    public int aiCommits() {
        return aiGenerated + aiAssisted;
    }

    /** AI share of added lines as a percentage, one decimal. */
    public double aiSharePercent() {
        return addedLines == 0 ? 0.0 : Math.round(1000.0 * aiAddedLines / addedLines) / 10.0;
    }
}
