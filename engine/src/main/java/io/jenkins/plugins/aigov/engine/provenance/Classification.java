package io.jenkins.plugins.aigov.engine.provenance;

import java.util.List;

import io.jenkins.plugins.aigov.engine.model.Origin;

/**
 * The verdict on one commit.
 *
 * @param origin      the commit's origin
 * @param confidence  0.0 … 1.0; how sure the verdict is (spoofable-only evidence gives less)
 * @param evidence    every signal that was found, in a stable order
 * @param agent       the agent id (e.g. {@code claude-code}), or {@code null}
 * @param model       the model id and version as stated (e.g. {@code claude-opus-4-5}), or {@code null}
 * @param references  session / prompt / task references (URLs, ticket keys), deduplicated
 * @param humanOwner  the accountable human ({@code Name <email>}): the author when human, the co-authoring
 *                    human for bot commits, or {@code null} when no human is named
 * @param reviewers   humans named as reviewers / approvers / sign-offs (never an AI identity)
 */
public record Classification(Origin origin, double confidence, List<Evidence> evidence, String agent,
        String model, List<String> references, String humanOwner, List<String> reviewers) {
    /** Canonical constructor: copies the lists. */
    public Classification {
        evidence = List.copyOf(evidence);
        references = List.copyOf(references);
        reviewers = List.copyOf(reviewers);
    }
}
