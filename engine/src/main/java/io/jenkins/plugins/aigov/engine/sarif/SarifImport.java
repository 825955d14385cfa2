package io.jenkins.plugins.aigov.engine.sarif;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Problem;

/**
 * What was read from one SARIF file (or from every file a glob matched): the {@code external-sarif} findings and the
 * problems met on the way. Immutable.
 *
 * @param source   the file's name as given to the reader, or the glob
 * @param findings the results mapped to findings, in file order
 * @param problems what could not be read, each naming the file and, where known, the JSON line
 */
public record SarifImport(String source, List<Finding> findings, List<Problem> problems) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Canonical constructor: copies the lists. */
    public SarifImport {
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
    }

    /** Nothing read, one problem. */
    static SarifImport failed(final String source, final Problem problem) {
        return new SarifImport(source, List.of(), List.of(problem));
    }

    /** All imports of a glob as one. */
    static SarifImport merge(final String source, final List<SarifImport> parts, final List<Problem> more) {
        List<Finding> findings = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(more);
        for (SarifImport part : parts) {
            findings.addAll(part.findings());
            problems.addAll(part.problems());
        }
        return new SarifImport(source, findings, problems);
    }
}
