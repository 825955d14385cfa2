package io.jenkins.plugins.aigov.bom;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One requirement of an attestation in the BOM's {@code declarations}: a gate or the decision, the claim made about
 * it (or the counter-claim of a rejection), the conformance score and its rationale.
 */
public final class DeclarationRow {
    private final String assessor;
    private final String requirement;
    private final String claim;
    private final String score;
    private final String rationale;

    DeclarationRow(final String assessor, final JsonNode entry) {
        this.assessor = strip(assessor, "assessor:");
        requirement = strip(entry.path("requirement").asText(""), "requirement:");
        StringBuilder claims = new StringBuilder();
        for (JsonNode claimRef : entry.path("claims")) {
            claims.append(claims.length() == 0 ? "" : ", ").append(strip(claimRef.asText(), "claim:"));
        }
        for (JsonNode claimRef : entry.path("counterClaims")) {
            claims.append(claims.length() == 0 ? "" : ", ").append("against ")
                    .append(strip(claimRef.asText(), "claim:"));
        }
        claim = claims.toString();
        JsonNode conformance = entry.path("conformance");
        score = conformance.has("score") ? conformance.get("score").asText() : "";
        rationale = conformance.path("rationale").asText("");
    }

    private static String strip(final String ref, final String prefix) {
        return ref.startsWith(prefix) ? ref.substring(prefix.length()) : ref;
    }

    /** Who attests: {@code aigov}, or {@code approver:<user>}. */
    public String getAssessor() {
        return assessor;
    }

    /** {@code gate:<id>} or {@code decision}. */
    public String getRequirement() {
        return requirement;
    }

    public String getClaim() {
        return claim;
    }

    /** The conformance score, 0.0 … 1.0. */
    public String getScore() {
        return score;
    }

    public String getRationale() {
        return rationale;
    }
}
