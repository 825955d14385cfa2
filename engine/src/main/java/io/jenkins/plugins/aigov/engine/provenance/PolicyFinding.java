package io.jenkins.plugins.aigov.engine.provenance;

import java.io.Serializable;

/**
 * A provenance-policy violation, recorded for the gates.
 *
 * @param ruleId   stable id: {@code ai-commit-without-owner}, {@code ai-commit-without-model},
 *                 {@code ai-commit-unsigned}, {@code spoofable-evidence-only}
 * @param severity {@code low}, {@code medium}, {@code high} or {@code critical}
 * @param commitId the commit
 * @param message  a sentence for people
 */
public record PolicyFinding(String ruleId, String severity, String commitId, String message)
        implements Serializable {
    private static final long serialVersionUID = 1L;
}
