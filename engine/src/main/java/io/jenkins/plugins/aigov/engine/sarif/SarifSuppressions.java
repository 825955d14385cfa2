package io.jenkins.plugins.aigov.engine.sarif;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.aigov.engine.model.Finding.Suppression;

/**
 * A result's own SARIF {@code suppressions} as our {@link Suppression}, source {@code sarif:<kind>}. Only an
 * {@code accepted} suppression (or one without a status) with a justification suppresses: as with our own
 * suppressions, one without a reason does not apply (a bare {@code // nosemgrep} an AI added must not hide a finding),
 * and one {@code underReview} or {@code rejected} is attached but not effective.
 */
final class SarifSuppressions {
    private SarifSuppressions() {
    }

    /** The effective suppression, else the first ineffective one, else {@code null}. */
    static Suppression of(final JsonNode result, final List<String> secrets) {
        Suppression first = null;
        for (JsonNode node : SarifJson.array(result, "suppressions")) {
            String kind = SarifJson.text(node, "kind");
            String status = SarifJson.text(node, "status");
            String justification = SecretText.redact(SarifJson.text(node, "justification"), secrets);
            String problem = null;
            if (status != null && !"accepted".equals(status)) {
                problem = "SARIF suppression status is " + status;
            }
            else if (justification == null || justification.isBlank()) {
                problem = "suppression without a reason does not apply";
            }
            Suppression candidate = new Suppression("sarif:" + (kind == null ? "external" : kind), null,
                    justification, null, problem == null, problem);
            if (candidate.effective()) {
                return candidate;
            }
            if (first == null) {
                first = candidate;
            }
        }
        return first;
    }
}
