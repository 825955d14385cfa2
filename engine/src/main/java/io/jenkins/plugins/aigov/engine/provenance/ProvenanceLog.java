package io.jenkins.plugins.aigov.engine.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.jenkins.plugins.aigov.engine.model.Problem;

/**
 * The log lines a caller prints after a provenance run: one summary line, then each problem.
 */
final class ProvenanceLog {
    private ProvenanceLog() {
    }

    static List<String> lines(final ProvenanceResult result) {
        List<String> lines = new ArrayList<>();
        ProvenanceSummary summary = result.summary();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "AI provenance: %d commits (%d AI-generated, %d AI-assisted, %d human, %d unknown);"
                        + " %d of %d added lines by AI (%.1f%%); %d AI-touched files",
                summary.commits(), summary.aiGenerated(), summary.aiAssisted(), summary.human(), summary.unknown(),
                summary.aiAddedLines(), summary.addedLines(), summary.aiSharePercent(), summary.aiFiles()));
        if (summary.topAgent() != null) {
            line.append("; top agent ").append(summary.topAgent());
        }
        if (summary.topModel() != null) {
            line.append(", top model ").append(summary.topModel());
        }
        lines.add(line.toString());
        if (!result.policyFindings().isEmpty()) {
            lines.add("AI provenance: " + result.policyFindings().size() + " provenance-policy findings");
        }
        for (Problem problem : result.problems()) {
            lines.add("AI provenance: warning: " + problem);
        }
        if (result.partial()) {
            lines.add("AI provenance: the result is PARTIAL: some input could not be analysed (see warnings)");
        }
        return lines;
    }
}
