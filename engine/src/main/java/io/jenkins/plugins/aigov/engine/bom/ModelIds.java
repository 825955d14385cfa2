package io.jenkins.plugins.aigov.engine.bom;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a model id tells about the model: its provider and its version (snapshot date).
 *
 * <p>Provider: an explicit {@code provider/} prefix ({@code anthropic/claude-opus-4-5}) wins; otherwise the first
 * matching prefix of the id, case-insensitive:
 * <table>
 *   <caption>providers by model id prefix</caption>
 *   <tr><th>prefix</th><th>provider</th></tr>
 *   <tr><td>{@code claude}</td><td>Anthropic</td></tr>
 *   <tr><td>{@code gpt}, {@code chatgpt}, {@code codex}, {@code o1}, {@code o3}, {@code o4}</td><td>OpenAI</td></tr>
 *   <tr><td>{@code gemini}, {@code gemma}</td><td>Google</td></tr>
 * </table>
 * Version: a trailing snapshot date, {@code -YYYYMMDD} or {@code -YYYY-MM-DD}; otherwise none.
 */
final class ModelIds {
    private static final Map<String, String> EXPLICIT = Map.of("anthropic", "Anthropic", "openai", "OpenAI",
            "google", "Google");
    private static final Map<String, String> PREFIXES = new LinkedHashMap<>();
    private static final Pattern OPENAI_REASONING = Pattern.compile("^o[134](?:$|-).*");
    private static final Pattern DATE = Pattern.compile("-(\\d{8}|\\d{4}-\\d{2}-\\d{2})$");

    static {
        PREFIXES.put("claude", "Anthropic");
        PREFIXES.put("gpt", "OpenAI");
        PREFIXES.put("chatgpt", "OpenAI");
        PREFIXES.put("codex", "OpenAI");
        PREFIXES.put("gemini", "Google");
        PREFIXES.put("gemma", "Google");
    }

    private ModelIds() {
    }

    /** The provider's name, or {@code null} when the id does not tell. */
    static String provider(final String modelId) {
        String id = modelId.strip().toLowerCase(Locale.ROOT);
        int slash = id.indexOf('/');
        if (slash > 0 && EXPLICIT.containsKey(id.substring(0, slash))) {
            return EXPLICIT.get(id.substring(0, slash));
        }
        String bare = slash >= 0 ? id.substring(slash + 1) : id;
        for (Map.Entry<String, String> prefix : PREFIXES.entrySet()) {
            if (bare.startsWith(prefix.getKey())) {
                return prefix.getValue();
            }
        }
        return OPENAI_REASONING.matcher(bare).matches() ? "OpenAI" : null;
    }

    /** The snapshot date in the id, or {@code null}. */
    static String version(final String modelId) {
        Matcher matcher = DATE.matcher(modelId.strip());
        return matcher.find() ? matcher.group(1) : null;
    }
}
