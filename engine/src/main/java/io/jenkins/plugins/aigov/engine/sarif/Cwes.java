package io.jenkins.plugins.aigov.engine.sarif;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The CWE of a result: from the tags of the result or its rule ({@code external/cwe/cwe-89} as CodeQL writes it,
 * {@code CWE-89: Improper Neutralization …} as Semgrep writes it), a {@code cwe} property, the rule's
 * {@code relationships} to a CWE taxonomy, or the result's {@code taxa}.
 */
final class Cwes {
    private static final Pattern TAG = Pattern.compile("^(?:external/cwe/)?cwe[-_ ]?(\\d{1,5})\\b.*",
            Pattern.CASE_INSENSITIVE);

    private Cwes() {
    }

    /** {@code CWE-89} or {@code null}. */
    static String of(final JsonNode result, final JsonNode rule) {
        for (JsonNode owner : new JsonNode[] {result, rule}) {
            String found = fromTags(SarifJson.at(owner, "properties", "tags"));
            if (found == null) {
                found = fromTags(SarifJson.at(owner, "properties", "cwe"));
            }
            if (found != null) {
                return found;
            }
        }
        for (JsonNode relationship : SarifJson.array(rule, "relationships")) {
            String found = fromTaxon(SarifJson.at(relationship, "target"));
            if (found != null) {
                return found;
            }
        }
        for (JsonNode taxon : SarifJson.array(result, "taxa")) {
            String found = fromTaxon(taxon);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String fromTags(final JsonNode tags) {
        if (tags == null) {
            return null;
        }
        if (tags.isTextual()) {
            return parse(tags.asText());
        }
        for (JsonNode tag : tags) {
            String found = tag.isTextual() ? parse(tag.asText()) : null;
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String fromTaxon(final JsonNode taxon) {
        String component = SarifJson.text(taxon, "toolComponent", "name");
        String id = SarifJson.text(taxon, "id");
        if (id == null || component == null || !component.toLowerCase(Locale.ROOT).contains("cwe")) {
            return null;
        }
        String parsed = parse(id);
        return parsed != null ? parsed : id.matches("\\d{1,5}") ? "CWE-" + Integer.parseInt(id) : null;
    }

    private static String parse(final String text) {
        Matcher matcher = TAG.matcher(text.strip());
        return matcher.matches() ? "CWE-" + Integer.parseInt(matcher.group(1)) : null;
    }
}
