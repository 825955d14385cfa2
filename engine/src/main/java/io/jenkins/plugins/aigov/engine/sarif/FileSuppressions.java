package io.jenkins.plugins.aigov.engine.sarif;

import java.util.List;

import io.jenkins.plugins.aigov.engine.model.Finding;

/**
 * Attaches the repository's suppressions (inline {@code aigov:ignore} comments and {@code .aigov/suppressions.yml}
 * entries) to the findings of one file. The scan package owns that matching; this is the seam through which
 * {@link ImportedFindings} uses it.
 */
@FunctionalInterface
public interface FileSuppressions {
    /** Attaches nothing. */
    FileSuppressions NONE = (path, findings, content) -> findings;

    /**
     * The findings with their suppressions attached, in the same order.
     *
     * @param path     the repository-relative path the findings are in, or {@code null} for findings without a file
     * @param findings findings of that path
     * @param content  the file's content at head, or {@code null} when not known (then no inline comment applies)
     */
    List<Finding> apply(String path, List<Finding> findings, String content);
}
