package io.jenkins.plugins.aigov.engine.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jenkins.plugins.aigov.engine.model.Origin;

/**
 * Reads and validates a signature rule file. Every error names the rule id and the field.
 */
final class SignatureLoader {
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String where;

    private SignatureLoader(final String where) {
        this.where = where;
    }

    static AgentSignatures load(final InputStream in, final String where) throws ProvenanceFormatException {
        return new SignatureLoader(where).read(in);
    }

    private AgentSignatures read(final InputStream in) throws ProvenanceFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (IOException e) {
            throw new ProvenanceFormatException(where, 0, "not valid JSON: " + e.getMessage());
        }
        if (root == null || !root.path("rules").isArray()) {
            throw new ProvenanceFormatException(where, 0, "field 'rules' is missing or not an array");
        }
        List<SignatureRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode node : root.path("rules")) {
            SignatureRule rule = rule(node, index++);
            if (!ids.add(rule.id())) {
                throw error(rule.id(), "id", "duplicate id");
            }
            rules.add(rule);
        }
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        root.path("agentAliases").fields().forEachRemaining(e -> aliases.put(e.getKey(), strings(e.getValue())));
        return new AgentSignatures(rules, AgentSignatures.aliasMap(aliases));
    }

    private SignatureRule rule(final JsonNode node, final int index) throws ProvenanceFormatException {
        String id = node.path("id").asText("");
        if (id.isEmpty()) {
            throw error("#" + (index + 1), "id", "missing");
        }
        if (!KEBAB.matcher(id).matches()) {
            throw error(id, "id", "not kebab-case");
        }
        SignatureRule.Kind kind = SignatureRule.Kind.of(required(node, id, "kind"));
        if (kind == null) {
            throw error(id, "kind", "unknown kind '" + node.path("kind").asText() + "'");
        }
        Origin origin;
        try {
            origin = Origin.valueOf(required(node, id, "origin"));
        } catch (IllegalArgumentException e) {
            throw error(id, "origin", "unknown origin '" + node.path("origin").asText() + "'");
        }
        if (!node.has("agent")) {
            throw error(id, "agent", "missing (write null when the value names the agent)");
        }
        if (!node.path("spoofable").isBoolean()) {
            throw error(id, "spoofable", "missing or not a boolean");
        }
        List<String> keys = strings(node.path("keys"));
        if (kind == SignatureRule.Kind.TRAILER && keys.isEmpty()) {
            throw error(id, "keys", "a trailer rule needs at least one key");
        }
        boolean multiline = kind == SignatureRule.Kind.MESSAGE_PATTERN;
        List<Pattern> patterns = new ArrayList<>();
        List<String> sources = strings(node.path("patterns"));
        if (sources.isEmpty()) {
            throw error(id, "patterns", "missing or empty");
        }
        for (int i = 0; i < sources.size(); i++) {
            patterns.add(compile(id, "patterns[" + i + "]", sources.get(i), multiline));
        }
        List<String> truePositives = strings(node.path("truePositives"));
        if (truePositives.isEmpty()) {
            throw error(id, "truePositives", "missing or empty");
        }
        if (!node.path("falsePositives").isArray()) {
            throw error(id, "falsePositives", "missing (use [] when there is none)");
        }
        String agent = node.path("agent").isNull() ? null : node.path("agent").asText();
        String agentFrom = node.path("agentFrom").isTextual() ? node.path("agentFrom").asText() : null;
        if (agentFrom != null && sources.stream().noneMatch(s -> s.contains("(?<" + agentFrom + ">"))) {
            throw error(id, "agentFrom", "no pattern has a group named '" + agentFrom + "'");
        }
        return new SignatureRule(id, agent, kind, origin, node.path("spoofable").asBoolean(),
                node.path("fallback").asBoolean(false), keys, patterns, agentFrom, model(node, id),
                spoof(node, id), truePositives, strings(node.path("falsePositives")));
    }

    private SignatureRule.ModelSpec model(final JsonNode node, final String id) throws ProvenanceFormatException {
        JsonNode model = node.path("model");
        if (model.isMissingNode() || model.isNull()) {
            return null;
        }
        String group = model.path("group").asText("");
        String format = model.path("format").asText("id");
        if (group.isEmpty()) {
            throw error(id, "model.group", "missing");
        }
        if (!format.equals("id") && !format.equals("display-name")) {
            throw error(id, "model.format", "expected 'id' or 'display-name', was '" + format + "'");
        }
        return new SignatureRule.ModelSpec(group, format, model.path("prefix").asText(""));
    }

    private SignatureRule.SpoofCheck spoof(final JsonNode node, final String id) throws ProvenanceFormatException {
        JsonNode spoof = node.path("spoofCheck");
        if (spoof.isMissingNode() || spoof.isNull()) {
            return null;
        }
        return new SignatureRule.SpoofCheck(
                compile(id, "spoofCheck.name", required(spoof, id, "spoofCheck.name", "name"), false),
                compile(id, "spoofCheck.email", required(spoof, id, "spoofCheck.email", "email"), false));
    }

    private Pattern compile(final String id, final String field, final String regex, final boolean multiline)
            throws ProvenanceFormatException {
        try {
            int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | (multiline ? Pattern.MULTILINE : 0);
            return Pattern.compile(regex, flags);
        } catch (PatternSyntaxException e) {
            throw error(id, field, "bad regex: " + e.getDescription());
        }
    }

    private String required(final JsonNode node, final String id, final String field)
            throws ProvenanceFormatException {
        return required(node, id, field, field);
    }

    private String required(final JsonNode node, final String id, final String field, final String name)
            throws ProvenanceFormatException {
        JsonNode value = node.path(name);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw error(id, field, "missing");
        }
        return value.asText();
    }

    private static List<String> strings(final JsonNode node) {
        List<String> result = new ArrayList<>();
        node.forEach(n -> result.add(n.asText()));
        return result;
    }

    private ProvenanceFormatException error(final String id, final String field, final String message) {
        return new ProvenanceFormatException(where, 0, "rule '" + id + "': field '" + field + "': " + message);
    }
}
