package io.jenkins.plugins.aigov.engine.sarif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.scan.LineOriginLookup;

/**
 * Gives imported findings the same treatment as the engine's own: whether each line is new in the analysed range,
 * whether an AI wrote it, and the repository's suppressions. A finding that the SARIF log itself suppresses
 * effectively keeps that suppression; the others are offered to the repository's suppressions.
 */
public final class ImportedFindings {
    private ImportedFindings() {
    }

    /**
     * The findings with line facts and suppressions, in the same order.
     *
     * @param findings     imported findings
     * @param addedLines   1-based lines added in the range, per repository-relative path (a path that is not there
     *                     added no line); {@code null} when not known (scope {@code all}, no base)
     * @param lookup       who wrote a line, or {@code null} when not known
     * @param suppressions the repository's suppressions
     * @param contentOf    a file's content at head by path, or {@code null} (when not known, or for no inline
     *                     comments)
     */
    public static List<Finding> apply(final List<Finding> findings, final Map<String, Set<Integer>> addedLines,
            final LineOriginLookup lookup, final FileSuppressions suppressions,
            final Function<String, String> contentOf) {
        Map<String, List<Integer>> byPath = new LinkedHashMap<>();
        List<Finding> result = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = withFacts(findings.get(i), addedLines, lookup);
            result.add(finding);
            if (!finding.isSuppressed()) {
                byPath.computeIfAbsent(finding.file() == null ? "" : finding.file(), key -> new ArrayList<>()).add(i);
            }
        }
        FileSuppressions matcher = suppressions == null ? FileSuppressions.NONE : suppressions;
        for (Map.Entry<String, List<Integer>> entry : byPath.entrySet()) {
            String path = entry.getKey().isEmpty() ? null : entry.getKey();
            List<Finding> group = entry.getValue().stream().map(result::get).toList();
            String content = path == null || contentOf == null ? null : contentOf.apply(path);
            List<Finding> suppressed = matcher.apply(path, group, content);
            if (suppressed.size() != group.size()) {
                throw new IllegalStateException("suppressions must return one finding per finding");
            }
            for (int i = 0; i < group.size(); i++) {
                result.set(entry.getValue().get(i), keepEffective(group.get(i), suppressed.get(i)));
            }
        }
        return List.copyOf(result);
    }

    private static Finding keepEffective(final Finding before, final Finding after) {
        // an ineffective SARIF suppression is replaced only by a repository suppression
        return after.suppression() == null && before.suppression() != null ? before : after;
    }

    private static Finding withFacts(final Finding finding, final Map<String, Set<Integer>> added,
            final LineOriginLookup lookup) {
        if (finding.file() == null || finding.line() < 1) {
            return finding.withLineFacts(null, null);
        }
        Boolean ai = lookup == null ? null : lookup.aiWritten(finding.file(), finding.line());
        Boolean fresh = added == null ? null : added.getOrDefault(finding.file(), Set.of()).contains(finding.line());
        return finding.withLineFacts(ai, fresh);
    }
}
