package io.jenkins.plugins.aigov.engine.sarif;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The text of a result's message: {@code message.text}, or the rule's (then the driver's) message string that
 * {@code message.id} names, with its {@code {0}}, {@code {1}} … placeholders filled from {@code message.arguments};
 * the rule's short description as a last resort.
 */
final class Messages {
    private static final int MAX = 2000;

    private Messages() {
    }

    /** The message, or {@code null} when the result has none. */
    static String of(final JsonNode result, final JsonNode rule, final RunContext run) {
        JsonNode message = SarifJson.at(result, "message");
        String text = SarifJson.text(message, "text");
        String id = SarifJson.text(message, "id");
        if (text == null && id != null) {
            text = SarifJson.text(rule, "messageStrings", id, "text");
            if (text == null) {
                text = run.globalMessage(id);
            }
            text = text == null ? null : fill(text, SarifJson.at(message, "arguments"));
        }
        if (text == null) {
            text = SarifJson.text(rule, "shortDescription", "text");
        }
        if (text == null) {
            return null;
        }
        String clean = text.strip();
        return clean.length() <= MAX ? clean : clean.substring(0, MAX) + "…";
    }

    private static String fill(final String template, final JsonNode arguments) {
        if (arguments == null || !arguments.isArray()) {
            return template;
        }
        String result = template;
        for (int i = 0; i < arguments.size(); i++) {
            result = result.replace("{" + i + "}", arguments.get(i).asText());
        }
        return result;
    }
}
