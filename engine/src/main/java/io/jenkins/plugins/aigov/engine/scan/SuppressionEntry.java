package io.jenkins.plugins.aigov.engine.scan;

/**
 * One entry of {@code .aigov/suppressions.yml}: which findings it covers, who decided and why, until when.
 *
 * @param rule        rule id it covers, or {@code null} when {@code fingerprint} is given
 * @param fingerprint finding fingerprint it covers, or {@code null} when {@code rule} is given
 * @param path        path glob the finding's file must match, or {@code null} for any file
 * @param owner       who owns the decision, or {@code null}
 * @param reason      why, or {@code null} (then the entry does not suppress)
 * @param expires     {@code YYYY-MM-DD}, or {@code null}
 * @param where       the entry's place for messages, e.g. {@code .aigov/suppressions.yml#3}
 */
public record SuppressionEntry(String rule, String fingerprint, Glob path, String owner, String reason,
        String expires, String where) {
}
