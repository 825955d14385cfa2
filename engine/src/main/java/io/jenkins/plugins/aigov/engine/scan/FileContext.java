package io.jenkins.plugins.aigov.engine.scan;

import java.util.List;

import io.jenkins.plugins.aigov.engine.model.Problem;

/**
 * What a {@link FileCheck} sees of one file.
 *
 * @param path     repository-relative path
 * @param head     the content being scanned
 * @param base     the base version for change scans, or {@code null}
 * @param problems where checks report input they could not analyse
 */
record FileContext(String path, SourceText head, SourceText base, List<Problem> problems) {
}
