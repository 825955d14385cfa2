package io.jenkins.plugins.aigov.gates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Severity;

/**
 * The findings of the report page after the filters of the request: the rows, and one link per gate and per
 * severity (with its count) that sets that filter and keeps the other.
 */
public final class FindingsTable {
    private final List<FindingRow> rows;
    private final List<FilterLink> gateLinks = new ArrayList<>();
    private final List<FilterLink> severityLinks = new ArrayList<>();
    private final List<FilterLink> originLinks = new ArrayList<>();
    private final String gate;
    private final String severity;
    private final String origin;
    private final int total;

    FindingsTable(final List<Finding> findings, final String gateFilter, final String severityFilter) {
        this(findings, gateFilter, severityFilter, null);
    }

    /** Filters by gate id, severity and origin of the line ({@code ai}, {@code human}, {@code unknown}). */
    FindingsTable(final List<Finding> findings, final String gateFilter, final String severityFilter,
            final String originFilter) {
        this.origin = blankToNull(originFilter) == null ? null : originFilter.strip().toLowerCase(Locale.ROOT);
        this.gate = blankToNull(gateFilter);
        this.severity = blankToNull(severityFilter) == null ? null : severityFilter.strip().toLowerCase(Locale.ROOT);
        this.total = findings.size();
        Map<String, Integer> gates = new TreeMap<>();
        int[] severities = new int[Severity.values().length];
        for (Finding finding : findings) {
            gates.merge(finding.gateId(), 1, Integer::sum);
            severities[finding.severity().ordinal()]++;
        }
        gateLinks.add(new FilterLink("all gates", Rows.query(null, severity, origin), gate == null, total));
        gates.forEach((id, count) -> gateLinks.add(new FilterLink(id, Rows.query(id, severity, origin),
                id.equals(gate), count)));
        severityLinks.add(new FilterLink("all severities", Rows.query(gate, null, origin), severity == null, total));
        for (int i = severities.length - 1; i >= 0; i--) {
            String id = Severity.values()[i].id();
            severityLinks.add(new FilterLink(id, Rows.query(gate, id, origin), id.equals(severity), severities[i]));
        }
        originLinks.add(new FilterLink("any origin", Rows.query(gate, severity, null), origin == null, total));
        for (String id : List.of("ai", "human", "unknown")) {
            int count = (int) findings.stream().filter(f -> originOf(f).equals(id)).count();
            originLinks.add(new FilterLink(id, Rows.query(gate, severity, id), id.equals(origin), count));
        }
        this.rows = findings.stream()
                .filter(f -> gate == null || f.gateId().equals(gate))
                .filter(f -> severity == null || f.severity().id().equals(severity))
                .filter(f -> origin == null || originOf(f).equals(origin))
                .map(FindingRow::new)
                .toList();
    }

    /** The rows that pass the filters, worst first. */
    public List<FindingRow> getRows() {
        return rows;
    }

    /** "all gates" followed by each gate that has findings. */
    public List<FilterLink> getGateLinks() {
        return gateLinks;
    }

    /** "all severities" followed by critical .. info. */
    public List<FilterLink> getSeverityLinks() {
        return severityLinks;
    }

    /** "any origin" followed by AI-written, human-written and unknown lines. */
    public List<FilterLink> getOriginLinks() {
        return originLinks;
    }

    /** Whether a filter is set. */
    public boolean isFiltered() {
        return gate != null || severity != null || origin != null;
    }

    private static String originOf(final Finding finding) {
        if (finding.aiWritten() == null) {
            return "unknown";
        }
        return finding.aiWritten() ? "ai" : "human";
    }

    /** Findings before filtering. */
    public int getTotal() {
        return total;
    }

    private static String blankToNull(final String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * A filter link.
     *
     * @param label  what it shows
     * @param href   relative URL with the query
     * @param active whether it is the filter in force
     * @param count  findings it selects on its own axis
     */
    public record FilterLink(String label, String href, boolean active, int count) {
        public String getLabel() {
            return label;
        }

        public String getHref() {
            return href;
        }

        public boolean isActive() {
            return active;
        }

        public int getCount() {
            return count;
        }
    }
}
