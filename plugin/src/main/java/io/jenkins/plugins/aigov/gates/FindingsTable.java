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
    private final String gate;
    private final String severity;
    private final int total;

    FindingsTable(final List<Finding> findings, final String gateFilter, final String severityFilter) {
        this.gate = blankToNull(gateFilter);
        this.severity = blankToNull(severityFilter) == null ? null : severityFilter.strip().toLowerCase(Locale.ROOT);
        this.total = findings.size();
        Map<String, Integer> gates = new TreeMap<>();
        int[] severities = new int[Severity.values().length];
        for (Finding finding : findings) {
            gates.merge(finding.gateId(), 1, Integer::sum);
            severities[finding.severity().ordinal()]++;
        }
        gateLinks.add(new FilterLink("all gates", Rows.query(null, severity), gate == null, total));
        gates.forEach((id, count) -> gateLinks.add(new FilterLink(id, Rows.query(id, severity), id.equals(gate),
                count)));
        severityLinks.add(new FilterLink("all severities", Rows.query(gate, null), severity == null, total));
        for (int i = severities.length - 1; i >= 0; i--) {
            String id = Severity.values()[i].id();
            severityLinks.add(new FilterLink(id, Rows.query(gate, id), id.equals(severity), severities[i]));
        }
        this.rows = findings.stream()
                .filter(f -> gate == null || f.gateId().equals(gate))
                .filter(f -> severity == null || f.severity().id().equals(severity))
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

    /** Whether a filter is set. */
    public boolean isFiltered() {
        return gate != null || severity != null;
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
