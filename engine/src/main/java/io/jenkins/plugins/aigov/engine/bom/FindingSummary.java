package io.jenkins.plugins.aigov.engine.bom;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.jenkins.plugins.aigov.engine.model.Finding;

/**
 * The summary of one gate's findings that the BOM carries: counts by severity and by rule, and per finding only
 * rule id, severity, CWE, {@code file:line}, whether the line is AI-written and whether it is suppressed. Messages,
 * snippets, fix hints, fingerprints and evidence values are never copied: they may quote what was found.
 */
final class FindingSummary {
    /** The most findings listed one by one per gate; the counts always cover all. */
    static final int MAX_LISTED = 200;
    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.file() == null ? "" : f.file()).thenComparingInt(Finding::line)
            .thenComparing(Finding::ruleId).thenComparing(f -> f.severity().ordinal());

    private final String gate;
    private final List<Finding> findings;

    FindingSummary(final String gate, final List<Finding> all) {
        this.gate = gate;
        this.findings = all.stream().filter(f -> f.gateId().equals(gate)).sorted(ORDER).toList();
    }

    long active() {
        return findings.stream().filter(f -> !f.isSuppressed()).count();
    }

    /** Active findings by severity, most severe first, e.g. {@code 1 critical, 2 low}. */
    String counts() {
        Map<Integer, long[]> bySeverity = new TreeMap<>(Comparator.reverseOrder());
        findings.stream().filter(f -> !f.isSuppressed())
                .forEach(f -> bySeverity.computeIfAbsent(f.severity().ordinal(), k -> new long[1])[0]++);
        StringBuilder text = new StringBuilder();
        bySeverity.forEach((ordinal, count) -> text.append(text.length() == 0 ? "" : ", ").append(count[0])
                .append(' ').append(io.jenkins.plugins.aigov.engine.model.Severity.values()[ordinal].id()));
        return text.length() == 0 ? "no finding" : text.toString();
    }

    /** The JSON attachment content. */
    String toJson() {
        ObjectNode root = BomJson.object().put("gate", gate).put("total", findings.size())
                .put("active", active()).put("suppressed", findings.size() - active());
        ObjectNode severities = root.putObject("bySeverity");
        countBy(f -> f.severity().id()).forEach(severities::put);
        ObjectNode rules = root.putObject("byRule");
        countBy(Finding::ruleId).forEach(rules::put);
        ArrayNode listed = root.putArray("findings");
        findings.stream().limit(MAX_LISTED).forEach(f -> {
            ObjectNode entry = listed.addObject().put("ruleId", f.ruleId()).put("severity", f.severity().id());
            if (f.cwe() != null) {
                entry.put("cwe", f.cwe());
            }
            if (f.file() != null) {
                entry.put("location", f.line() > 0 ? f.file() + ":" + f.line() : f.file());
            }
            if (f.aiWritten() != null) {
                entry.put("aiWritten", f.aiWritten());
            }
            entry.put("suppressed", f.isSuppressed());
        });
        root.put("notListed", Math.max(0, findings.size() - MAX_LISTED));
        return BomJson.compact(root);
    }

    private Map<String, Long> countBy(final java.util.function.Function<Finding, String> key) {
        Map<String, Long> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(key.apply(f), 1L, Long::sum));
        return counts;
    }
}
