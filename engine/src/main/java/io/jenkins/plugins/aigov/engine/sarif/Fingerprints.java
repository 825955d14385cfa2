package io.jenkins.plugins.aigov.engine.sarif;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.aigov.engine.scan.Redactor;

/**
 * Fingerprints of imported results, {@code <tool>:<32 hex>}. From the tool's own {@code fingerprints} (preferred) or
 * {@code partialFingerprints} together with the rule id when the tool gives them (so they survive what the tool
 * says they survive, and never expose their values, which may hold e-mail addresses or commit messages); else from
 * rule, path and the redacted, whitespace-normalised snippet (or the line number), counting repeats in a file.
 */
final class Fingerprints {
    private static final int HEX = 32;
    private final Map<String, Integer> occurrences = new HashMap<>();

    String of(final String tool, final String ruleId, final JsonNode result, final String path,
            final String snippet, final int line) {
        Map<String, String> given = values(SarifJson.at(result, "fingerprints"));
        if (given.isEmpty()) {
            given = values(SarifJson.at(result, "partialFingerprints"));
        }
        StringBuilder basis = new StringBuilder(ruleId).append('\n');
        if (!given.isEmpty()) {
            given.forEach((key, value) -> basis.append(key).append('=').append(value).append('\n'));
        }
        else {
            String content = snippet == null || snippet.isBlank() ? "line:" + line
                    : snippet.strip().replaceAll("\\s+", " ");
            basis.append(path).append('\n').append(content);
            int occurrence = occurrences.merge(basis.toString(), 1, Integer::sum);
            basis.append('\n').append(occurrence);
        }
        return tool + ":" + Redactor.sha256(basis.toString()).substring(0, HEX);
    }

    private static Map<String, String> values(final JsonNode node) {
        Map<String, String> values = new TreeMap<>();
        if (node != null && node.isObject()) {
            node.fields().forEachRemaining(entry -> {
                if (entry.getValue().isValueNode() && !entry.getValue().asText().isBlank()) {
                    values.put(entry.getKey(), entry.getValue().asText());
                }
            });
        }
        return values;
    }
}
