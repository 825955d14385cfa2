package io.jenkins.plugins.aigov.engine.sarif;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.jenkins.plugins.aigov.engine.model.Severity;

/**
 * How SARIF severities become ours. A numeric {@code security-severity} property (CVSS-like, as GitHub code
 * scanning reads it) wins: at least 9.0 critical, 7.0 high, 4.0 medium, above 0 low, 0 info. Otherwise the SARIF
 * {@code level} decides: {@code error} high, {@code warning} medium, {@code note} low, {@code none} info. The level
 * mapping can be overridden per tool (by its normalised name, e.g. {@code spotbugs}). Immutable.
 */
public final class LevelMapping implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The SARIF levels, lower case as in the specification. */
    public static final Set<String> LEVELS = Set.of("error", "warning", "note", "none");
    private static final Map<String, Severity> DEFAULTS = Map.of("error", Severity.HIGH, "warning",
            Severity.MEDIUM, "note", Severity.LOW, "none", Severity.INFO);

    private final Map<String, Map<String, Severity>> byTool;

    private LevelMapping(final Map<String, Map<String, Severity>> byTool) {
        this.byTool = byTool;
    }

    /** The default mapping, the same for every tool. */
    public static LevelMapping defaults() {
        return new LevelMapping(Map.of());
    }

    /**
     * This mapping with one level of one tool re-rated.
     *
     * @param tool     the tool's normalised name ({@code semgrep-oss}, {@code codeql}, {@code spotbugs} …)
     * @param level    {@code error}, {@code warning}, {@code note} or {@code none}
     * @param severity what that level means for this tool
     */
    public LevelMapping withOverride(final String tool, final String level, final Severity severity) {
        String key = level == null ? "" : level.toLowerCase(Locale.ROOT);
        if (!LEVELS.contains(key)) {
            throw new IllegalArgumentException("unknown SARIF level '" + level
                    + "' (expected error, warning, note or none)");
        }
        Map<String, Map<String, Severity>> copy = new HashMap<>(byTool);
        Map<String, Severity> levels = new HashMap<>(copy.getOrDefault(ToolNames.normalise(tool), Map.of()));
        levels.put(key, severity);
        copy.put(ToolNames.normalise(tool), Map.copyOf(levels));
        return new LevelMapping(Map.copyOf(copy));
    }

    /** Our severity for a SARIF level of a tool; an unknown level counts as {@code warning}. */
    public Severity severity(final String tool, final String level) {
        String key = level == null || !LEVELS.contains(level) ? "warning" : level;
        Severity override = byTool.getOrDefault(tool, Map.of()).get(key);
        return override != null ? override : DEFAULTS.get(key);
    }

    /** Our severity for a {@code security-severity} score (0.0 to 10.0). */
    public static Severity fromScore(final double score) {
        if (score >= 9.0) {
            return Severity.CRITICAL;
        }
        if (score >= 7.0) {
            return Severity.HIGH;
        }
        if (score >= 4.0) {
            return Severity.MEDIUM;
        }
        return score > 0 ? Severity.LOW : Severity.INFO;
    }

    /** The overrides, by tool and level (for reports and tests). */
    public Map<String, Map<String, Severity>> overrides() {
        return byTool;
    }

    /** The default level table as written in the docs. */
    static Map<Severity, String> levelsBySeverity() {
        Map<Severity, String> levels = new EnumMap<>(Severity.class);
        levels.put(Severity.CRITICAL, "error");
        levels.put(Severity.HIGH, "error");
        levels.put(Severity.MEDIUM, "warning");
        levels.put(Severity.LOW, "note");
        levels.put(Severity.INFO, "note");
        return levels;
    }
}
