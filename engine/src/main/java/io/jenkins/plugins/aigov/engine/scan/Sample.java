package io.jenkins.plugins.aigov.engine.scan;

/**
 * A snippet that a rule must flag (true positive) or must not flag (false positive); checked by the tests.
 *
 * @param file    the file name the snippet is scanned as (decides language and globs), e.g. {@code app/db.py}
 * @param content the snippet (head version)
 * @param base    the base version for rules that compare base and head, or {@code null}
 */
public record Sample(String file, String content, String base) {
}
