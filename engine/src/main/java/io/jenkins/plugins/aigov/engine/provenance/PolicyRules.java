package io.jenkins.plugins.aigov.engine.provenance;

import java.util.ArrayList;
import java.util.List;

/**
 * The provenance-policy checks, recorded for the gates. Each has a stable id:
 * <ul>
 *   <li>{@code ai-commit-without-owner} (high): an AI commit names no accountable human;</li>
 *   <li>{@code ai-commit-without-model} (medium): an AI commit does not say which model wrote it;</li>
 *   <li>{@code ai-commit-unsigned} (low): an AI commit carries no signature;</li>
 *   <li>{@code spoofable-evidence-only} (low): an AI commit is known only from claims anyone can write
 *       (identities, trailers, message markers, marker rules) and no line-level record backs them.</li>
 * </ul>
 */
final class PolicyRules {
    private PolicyRules() {
    }

    static List<PolicyFinding> check(final List<CommitProvenance> commits) {
        List<PolicyFinding> findings = new ArrayList<>();
        for (CommitProvenance commit : commits) {
            if (!commit.origin().isAi()) {
                continue;
            }
            String id = commit.shortId();
            if (commit.humanOwner() == null) {
                findings.add(new PolicyFinding("ai-commit-without-owner", "high", commit.id(),
                        "AI commit " + id + " names no accountable human (author or co-author)"));
            }
            if (commit.model() == null) {
                findings.add(new PolicyFinding("ai-commit-without-model", "medium", commit.id(),
                        "AI commit " + id + " does not say which model wrote it"));
            }
            if (!commit.signed()) {
                findings.add(new PolicyFinding("ai-commit-unsigned", "low", commit.id(),
                        "AI commit " + id + " is not signed"));
            }
            boolean lineLevel = commit.evidence().stream()
                    .anyMatch(evidence -> CommitDiffer.isLineLevel(evidence.signal()));
            boolean allSpoofable = commit.evidence().stream().allMatch(Evidence::spoofable);
            if (!lineLevel && allSpoofable) {
                findings.add(new PolicyFinding("spoofable-evidence-only", "low", commit.id(),
                        "AI commit " + id + " is known only from identities or trailers anyone can write"));
            }
        }
        return findings;
    }
}
