package io.jenkins.plugins.aigov.gates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.jenkins.plugins.aigov.engine.model.Finding;

/** One finding as the report page shows it; the evidence keys are those of ai-gates.json. */
public final class FindingRow {
    private final Finding finding;

    FindingRow(final Finding finding) {
        this.finding = finding;
    }

    public String getGate() {
        return finding.gateId();
    }

    public String getRule() {
        return finding.ruleId();
    }

    public String getSeverity() {
        return finding.severity().id();
    }

    public String getMessage() {
        return finding.message();
    }

    /** {@code npm left-pad@1.3.0} from the evidence, or empty for a finding that is not about a package. */
    public String getPackage() {
        Map<String, String> evidence = finding.evidence();
        String name = evidence.get("package");
        if (name == null) {
            return "";
        }
        String version = evidence.getOrDefault("declaredVersion", evidence.get("queriedVersion"));
        return evidence.getOrDefault("ecosystem", "") + " " + name + (version == null ? "" : "@" + version);
    }

    /** {@code manifest:line}, or empty. */
    public String getLocation() {
        if (finding.file() == null) {
            return "";
        }
        return finding.line() > 0 ? finding.file() + ":" + finding.line() : finding.file();
    }

    /** Whether the line was written by an AI: yes, no or {@code -}. */
    public String getAiWritten() {
        return Rows.yesNo(finding.aiWritten());
    }

    /** Whether the line is new in the range: yes, no or {@code -}. */
    public String getNewInRange() {
        return Rows.yesNo(finding.newInRange());
    }

    /** Each registry asked: {@code name: URL -> HTTP status, outcome}. */
    public List<String> getRegistries() {
        Map<String, String> evidence = finding.evidence();
        List<String> asked = new ArrayList<>();
        for (int i = 1; evidence.containsKey("registry." + i + ".url"); i++) {
            String prefix = "registry." + i + ".";
            String detail = evidence.get(prefix + "detail");
            asked.add(evidence.getOrDefault(prefix + "name", "?") + ": " + evidence.get(prefix + "url") + " -> HTTP "
                    + evidence.getOrDefault(prefix + "status", "?") + ", " + evidence.getOrDefault(prefix + "outcome",
                            "?") + (detail == null ? "" : " (" + detail + ")"));
        }
        return asked;
    }

    /** Publication dates known from the registry, e.g. {@code package created 2019-…; version published …}. */
    public String getDates() {
        Map<String, String> evidence = finding.evidence();
        List<String> dates = new ArrayList<>();
        if (evidence.containsKey("packageCreated")) {
            dates.add("package created " + evidence.get("packageCreated"));
        }
        if (evidence.containsKey("versionPublished")) {
            dates.add("version published " + evidence.get("versionPublished"));
        }
        return String.join("; ", dates);
    }

    /** What to do about it, or empty. */
    public String getFixHint() {
        return finding.fixHint() == null ? "" : finding.fixHint();
    }

    /** How it is suppressed, or empty. */
    public String getSuppression() {
        if (finding.suppression() == null) {
            return "";
        }
        Finding.Suppression suppression = finding.suppression();
        StringBuilder text = new StringBuilder(finding.isSuppressed() ? "suppressed" : "suppression not effective");
        text.append(" (").append(suppression.source());
        if (suppression.owner() != null) {
            text.append("; owner ").append(suppression.owner());
        }
        if (suppression.reason() != null) {
            text.append("; reason: ").append(suppression.reason());
        }
        if (suppression.expires() != null) {
            text.append("; until ").append(suppression.expires());
        }
        if (suppression.problem() != null) {
            text.append("; ").append(suppression.problem());
        }
        return text.append(')').toString();
    }

    /** The line as found, secrets already redacted by the engine; empty when the finding has no line. */
    public String getSnippet() {
        return finding.snippet() == null ? "" : finding.snippet();
    }

    /** The rule family (secrets, sql-injection, config-dockerfile …) or the gate when there is none. */
    public String getFamily() {
        return finding.evidence().getOrDefault("family", finding.gateId());
    }
}
