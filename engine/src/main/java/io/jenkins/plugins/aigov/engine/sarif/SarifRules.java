package io.jenkins.plugins.aigov.engine.sarif;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Severity;

/**
 * The {@code rules} of the written log, one per rule id of the findings, sorted by id: name, short description,
 * help URI into our docs (or the other tool's own help for imported rules), tags (gate, {@code security}, CWE), the
 * default level and {@code security-severity} of the most severe finding.
 */
final class SarifRules {
    static final String DOCS = "https://github.com/jenkinsci/ai-code-governance-plugin/blob/main/docs/";
    private static final Map<String, String> PAGES = Map.of("dependency-existence", "gates.md#rules",
            "dependency-age", "gates.md#rules", "typosquat", "gates.md#typosquats", "watchlist", "gates.md#rules",
            "security-patterns", "rules.md#rules", "config-risk", "rules.md#rules", "provenance-policy",
            "provenance.md", "external-sarif", "sarif.md");

    /** What the findings of one rule share. */
    private static final class Entry {
        private final Finding first;
        private Severity worst;
        private final TreeSet<String> tags = new TreeSet<>();

        Entry(final Finding first) {
            this.first = first;
            this.worst = first.severity();
        }
    }

    private final TreeMap<String, Entry> entries = new TreeMap<>();

    SarifRules(final List<Finding> findings) {
        for (Finding finding : findings) {
            Entry entry = entries.computeIfAbsent(finding.ruleId(), id -> new Entry(finding));
            if (finding.severity().isAtLeast(entry.worst)) {
                entry.worst = finding.severity();
            }
            entry.tags.add(finding.gateId());
            entry.tags.add("security");
            if (finding.cwe() != null) {
                entry.tags.add(finding.cwe());
                entry.tags.add("external/cwe/" + finding.cwe().toLowerCase(Locale.ROOT));
            }
        }
    }

    /** The index of a rule id in {@link #toJson}. */
    int index(final String ruleId) {
        return new ArrayList<>(entries.keySet()).indexOf(ruleId);
    }

    /** The rule ids in their order. */
    List<String> ids() {
        return List.copyOf(entries.keySet());
    }

    ArrayNode toJson() {
        ArrayNode rules = SarifJson.MAPPER.createArrayNode();
        for (Map.Entry<String, Entry> item : entries.entrySet()) {
            Finding first = item.getValue().first;
            ObjectNode rule = rules.addObject();
            rule.put("id", item.getKey());
            rule.put("name", name(first));
            rule.putObject("shortDescription").put("text", description(first));
            rule.put("helpUri", helpUri(first));
            rule.putObject("defaultConfiguration").put("level", SarifLevels.level(item.getValue().worst));
            ObjectNode properties = rule.putObject("properties");
            ArrayNode tags = properties.putArray("tags");
            item.getValue().tags.forEach(tags::add);
            properties.put("gate", first.gateId());
            properties.put("security-severity", SarifLevels.securitySeverity(item.getValue().worst));
        }
        return rules;
    }

    private static String name(final Finding finding) {
        String name = finding.evidence().get("ruleName");
        return name != null ? name : finding.ruleId();
    }

    private static String description(final Finding finding) {
        String title = finding.evidence().get("title");
        if (title == null) {
            title = finding.evidence().get("ruleName");
        }
        return title != null ? title : finding.gateId() + ": " + finding.ruleId();
    }

    private static String helpUri(final Finding finding) {
        String own = finding.evidence().get("helpUri");
        if (ResultMapper.GATE.equals(finding.gateId()) && own != null && own.matches("(?i)https?://[^\\s]+")) {
            return own;
        }
        return DOCS + PAGES.getOrDefault(finding.gateId(), "gates.md");
    }
}
