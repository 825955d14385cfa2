package io.jenkins.plugins.aigov.engine.gates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jenkins.plugins.aigov.engine.model.Finding;

/**
 * Ordering and de-duplication of findings. A package-level finding (missing, unpublished, new package, typosquat,
 * watchlist) is reported once per package, at its first declaration outside a lock file when there is one; a
 * version-level finding once per package and version.
 */
final class Findings {
    private static final Comparator<Finding> ORDER = Comparator
            .comparingInt((Finding f) -> -f.severity().ordinal())
            .thenComparing(f -> String.valueOf(f.file()))
            .thenComparingInt(Finding::line)
            .thenComparing(Finding::gateId)
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.evidence().getOrDefault("package", ""));

    private Findings() {
    }

    /** Worst first, then by file, line, gate, rule and package. */
    static List<Finding> sorted(final List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        return List.copyOf(sorted);
    }

    /** One finding per package (and version, for version-level rules), preferring declarations outside lock files. */
    static List<Finding> deduplicated(final List<Finding> findings) {
        Map<String, Finding> kept = new LinkedHashMap<>();
        for (Finding finding : findings) {
            String key = key(finding);
            Finding previous = kept.get(key);
            if (previous == null || isLocked(previous) && !isLocked(finding)) {
                kept.put(key, finding);
            }
        }
        return new ArrayList<>(kept.values());
    }

    private static String key(final Finding finding) {
        Map<String, String> evidence = finding.evidence();
        if (finding.ruleId().equals(GateIds.HALLUCINATED_IMPORT) || finding.ruleId().equals(GateIds.UNDECLARED_IMPORT)) {
            return finding.ruleId() + "\u0000" + finding.file() + "\u0000" + evidence.get("package");
        }
        if (!evidence.containsKey("package")) {
            // Not about a package (a security pattern, a config risk): every place is its own finding.
            return finding.gateId() + "\u0000" + finding.ruleId() + "\u0000" + finding.file() + "\u0000"
                    + finding.line() + "\u0000" + finding.fingerprint();
        }
        boolean versioned = finding.ruleId().equals(GateIds.VERSION_MISSING)
                || finding.ruleId().equals(GateIds.NEW_VERSION);
        return finding.gateId() + "\u0000" + finding.ruleId() + "\u0000" + evidence.get("ecosystem") + "\u0000"
                + evidence.get("package") + (versioned ? "\u0000" + evidence.get("queriedVersion") : "");
    }

    private static boolean isLocked(final Finding finding) {
        String kind = finding.evidence().getOrDefault("kind", "");
        return kind.equals("LOCKED") || kind.equals("TRANSITIVE_LOCKED");
    }
}
