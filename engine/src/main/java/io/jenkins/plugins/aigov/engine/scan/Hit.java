package io.jenkins.plugins.aigov.engine.scan;

/**
 * A raw match of one rule, before it becomes a {@link io.jenkins.plugins.aigov.engine.model.Finding}.
 *
 * @param rule   the rule
 * @param line   1-based line, or 0 for a finding about the whole file
 * @param secret the matched secret (to redact everywhere), or {@code null}
 * @param detail what exactly was found (a container name, {@code failOn high → critical}), or {@code null}
 */
record Hit(Rule rule, int line, String secret, String detail) {
}
