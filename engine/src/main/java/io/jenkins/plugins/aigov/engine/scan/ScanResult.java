package io.jenkins.plugins.aigov.engine.scan;

import java.io.Serializable;
import java.util.List;

import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Problem;

/**
 * What a scan found. Immutable and serializable.
 *
 * @param findings     findings, suppressed ones included (see {@link Finding#isSuppressed()}), by file and line
 * @param problems     what could not be analysed: files or lines over the caps, unparsable files, unreadable
 *                     suppressions
 * @param filesScanned files read and matched
 * @param bytesScanned bytes of those files
 * @param skipped      files not matched: over the size cap, binary, or unreadable
 */
public record ScanResult(List<Finding> findings, List<Problem> problems, int filesScanned, long bytesScanned,
        int skipped) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Canonical constructor: copies the lists. */
    public ScanResult {
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
    }

    /** The findings that no effective suppression covers. */
    public List<Finding> unsuppressed() {
        return findings.stream().filter(finding -> !finding.isSuppressed()).toList();
    }
}
