package io.jenkins.plugins.aigov.engine.model;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One result of a gate: a dependency that does not exist, a secret in a changed line, a risky config change …
 * Immutable and serializable. Never holds a secret in full: {@code snippet} and {@code evidence} are redacted by
 * whoever creates the finding.
 *
 * @param gateId      stable gate id: {@code dependency-existence}, {@code dependency-age}, {@code typosquat},
 *                    {@code watchlist}, {@code security-patterns}, {@code config-risk}, {@code provenance-policy},
 *                    {@code external-sarif}
 * @param ruleId      stable rule id inside the gate (kebab-case)
 * @param severity    severity after admin re-rating
 * @param cwe         CWE id such as {@code CWE-89}, or {@code null}
 * @param file        repository-relative path with forward slashes, or {@code null} for range-level findings
 * @param line        1-based line, or 0 when not tied to a line
 * @param message     a sentence for people
 * @param fixHint     what to do about it, or {@code null}
 * @param snippet     the (redacted) line, or {@code null}
 * @param fingerprint stable across line moves (rule id + file + normalised content), used by suppressions and
 *                    baselines
 * @param aiWritten   whether the line was written by an AI ({@code null}: not known)
 * @param newInRange  whether the line was added in the analysed range ({@code null}: not known)
 * @param suppression how the finding is suppressed, or {@code null}
 * @param evidence    extra facts (registry URL asked, status, dates, scanner name …), sorted by key
 */
public record Finding(String gateId, String ruleId, Severity severity, String cwe, String file, int line,
        String message, String fixHint, String snippet, String fingerprint, Boolean aiWritten, Boolean newInRange,
        Suppression suppression, Map<String, String> evidence) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Canonical constructor: checks the required fields and sorts the evidence. */
    public Finding {
        Objects.requireNonNull(gateId, "gateId");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        evidence = evidence == null ? Map.of()
                : java.util.Collections.unmodifiableSortedMap(new TreeMap<>(evidence));
    }

    /** Whether a valid suppression applies. */
    public boolean isSuppressed() {
        return suppression != null && suppression.effective();
    }

    /** This finding with a suppression attached. */
    public Finding withSuppression(final Suppression value) {
        return new Finding(gateId, ruleId, severity, cwe, file, line, message, fixHint, snippet, fingerprint,
                aiWritten, newInRange, value, evidence);
    }

    /** This finding with what is known of its line's origin and novelty. */
    public Finding withLineFacts(final Boolean ai, final Boolean added) {
        return new Finding(gateId, ruleId, severity, cwe, file, line, message, fixHint, snippet, fingerprint, ai,
                added, suppression, evidence);
    }

    /**
     * How a finding is suppressed.
     *
     * @param source    {@code inline} (an {@code aigov:ignore} comment) or the suppressions file path
     * @param owner     who owns the decision, or {@code null}
     * @param reason    why, or {@code null}
     * @param expires   ISO date {@code YYYY-MM-DD}, or {@code null}
     * @param effective false when the suppression is expired or has no reason: then it does not suppress, and is
     *                  reported
     * @param problem   why it is not effective, or {@code null}
     */
    public record Suppression(String source, String owner, String reason, String expires, boolean effective,
            String problem) implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}
