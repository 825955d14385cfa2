package io.jenkins.plugins.aigov.engine.risk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Origin;
import io.jenkins.plugins.aigov.engine.model.OriginCounts;
import io.jenkins.plugins.aigov.engine.model.Severity;
import io.jenkins.plugins.aigov.engine.provenance.CommitProvenance;
import io.jenkins.plugins.aigov.engine.provenance.Evidence;
import io.jenkins.plugins.aigov.engine.provenance.FileProvenance;
import io.jenkins.plugins.aigov.engine.provenance.PolicyFinding;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceTotals;
import io.jenkins.plugins.aigov.engine.provenance.RangeInfo;

/** Builds provenance results and findings for risk tests, as the provenance analyzer and the gates would. */
final class Changes {
    private final Map<String, Origin> commits = new LinkedHashMap<>();
    private final Map<String, Long> deleted = new LinkedHashMap<>();
    private final List<FileProvenance> files = new ArrayList<>();
    private final List<PolicyFinding> policyFindings = new ArrayList<>();

    static Changes range() {
        return new Changes();
    }

    /** A commit; AI commits name claude-code and a human owner. */
    Changes commit(final String id, final Origin origin) {
        commits.put(id, origin);
        return this;
    }

    Changes deleted(final String commitId, final long lines) {
        deleted.put(commitId, lines);
        return this;
    }

    /** A changed file: lines written by AI and by people, and the commits that changed it. */
    Changes file(final String path, final long aiLines, final long humanLines, final String... commitIds) {
        OriginCounts lines = OriginCounts.of(Origin.AI_ASSISTED, aiLines).plus(Origin.HUMAN, humanLines);
        files.add(new FileProvenance(path, lines, null, 100, false, aiLines > 0 ? List.of("claude-code") : List.of(),
                List.of(), List.of(commitIds)));
        return this;
    }

    Changes policyFinding(final String ruleId, final String severity, final String commitId) {
        policyFindings.add(new PolicyFinding(ruleId, severity, commitId, "AI commit " + commitId + " broke "
                + ruleId));
        return this;
    }

    ProvenanceResult build() {
        List<CommitProvenance> list = new ArrayList<>();
        commits.forEach((id, origin) -> list.add(commit(id, origin, deleted.getOrDefault(id, 0L))));
        OriginCounts added = files.stream().map(FileProvenance::addedLines).reduce(OriginCounts.ZERO,
                OriginCounts::plus);
        OriginCounts byCommit = OriginCounts.ZERO;
        for (Origin origin : commits.values()) {
            byCommit = byCommit.plus(origin, 1);
        }
        ProvenanceTotals totals = new ProvenanceTotals(byCommit, added, Map.of(), Map.of(), Map.of(), Map.of(),
                (int) files.stream().filter(FileProvenance::isAiTouched).count());
        return new ProvenanceResult(ProvenanceResult.SCHEMA_VERSION, new RangeInfo("base", "HEAD", "b".repeat(40),
                "h".repeat(40), false, 1000), list, files, totals, policyFindings, List.of(), false);
    }

    private static CommitProvenance commit(final String id, final Origin origin, final long deletedLines) {
        boolean ai = origin.isAi();
        List<Evidence> evidence = ai ? List.of(new Evidence("trailer", "claude-code.co-author",
                "trailer Co-Authored-By", "Claude <noreply@anthropic.com>", true, origin, "claude-code", null))
                : List.of();
        return new CommitProvenance(id, "change " + id, "Dana", "dana@example.com", "Dana", "dana@example.com",
                1_767_600_000L, false, false, origin, ai ? 0.9 : 0.0, evidence, ai ? "claude-code" : null, null,
                List.of(), "Dana <dana@example.com>", List.of(), OriginCounts.ZERO, deletedLines);
    }

    /** An unsuppressed finding. */
    static Finding finding(final String gate, final String rule, final Severity severity, final String file,
            final int line, final Boolean ai) {
        return finding(gate, rule, severity, null, file, line, ai);
    }

    /** An unsuppressed finding with a CWE. */
    static Finding finding(final String gate, final String rule, final Severity severity, final String cwe,
            final String file, final int line, final Boolean ai) {
        return new Finding(gate, rule, severity, cwe, file, line, rule + " in " + file, null, null,
                rule + ":" + file + ":" + line, ai, Boolean.TRUE, null, Map.of());
    }

    /** The same finding, suppressed with a reason. */
    static Finding suppressed(final Finding finding) {
        return finding.withSuppression(new Finding.Suppression("inline", "dana", "test fixture", null, true, null));
    }

    /** {@code count} unsuppressed findings of one severity on human lines, in distinct files. */
    static List<Finding> findings(final int count, final Severity severity) {
        List<Finding> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(finding("security-patterns", "rule-" + severity.id(), severity, "src/F" + i + ".java", 3,
                    false));
        }
        return list;
    }
}
