package io.jenkins.plugins.aigov.engine.scan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

import io.jenkins.plugins.aigov.engine.model.Severity;

/**
 * Reads one rule file (YAML, or JSON, which is YAML too) and validates every field. A broken rule is rejected with
 * a {@link RuleException} naming the file, the rule id and the field.
 */
final class RuleLoader {
    private static final Set<String> TOP_FIELDS = Set.of("family", "rules");
    private static final Set<String> RULE_FIELDS = Set.of("id", "title", "severity", "cwe", "gate", "kind",
            "languages", "globs", "keywords", "pattern", "requires", "unless", "excludePattern", "entropyMin",
            "notInTestPaths", "message", "fix", "samples");
    private static final Set<String> LANGUAGES = Set.of("java", "python", "javascript", "go", "kotlin", "groovy",
            "ruby", "php", "csharp");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern CWE = Pattern.compile("CWE-[0-9]{1,5}");
    private static final int MAX_WITHIN = 1000;
    private static final ObjectMapper YAML = new ObjectMapper(
            new YAMLFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));

    private final String source;

    RuleLoader(final String source) {
        this.source = source;
    }

    /** Parses and validates every rule of {@code text}; {@code defaultFamily} applies when the file names none. */
    List<Rule> load(final String text, final String defaultFamily) throws RuleException {
        try {
            return rules(text, defaultFamily);
        }
        catch (RuleException e) {
            throw e.locatedIn(text);
        }
    }

    private List<Rule> rules(final String text, final String defaultFamily) throws RuleException {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        }
        catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            throw RuleException.syntax(source, location == null ? 0 : Math.max(0, location.getLineNr()),
                    problem(e.getOriginalMessage()));
        }
        catch (IOException e) {
            throw RuleException.syntax(source, 0, firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new RuleException(source + ": expected a mapping with 'rules'");
        }
        checkFields(root, TOP_FIELDS, null, "");
        String family = root.hasNonNull("family") ? root.get("family").asText() : defaultFamily;
        JsonNode rules = root.get("rules");
        if (rules == null || !rules.isArray()) {
            throw new RuleException(source + ": field 'rules': expected a list of rules");
        }
        List<Rule> result = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        int index = 0;
        for (JsonNode node : rules) {
            Rule rule = new RuleFields(node, index++).toRule(family);
            if (!ids.add(rule.id())) {
                throw RuleException.of(source, rule.id(), "id", "duplicate id");
            }
            result.add(rule);
        }
        return result;
    }

    private void checkFields(final JsonNode node, final Set<String> known, final String id, final String prefix)
            throws RuleException {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                if (id == null) {
                    throw new RuleException(source + ": field '" + prefix + name + "': unknown field");
                }
                throw RuleException.of(source, id, prefix + name, "unknown field (known: " + known.stream().sorted()
                        .reduce((a, b) -> a + ", " + b).orElse("") + ")");
            }
        }
    }

    /** A parser's message without its position and excerpt lines (the line number is given apart). */
    private static String problem(final String message) {
        if (message == null) {
            return "";
        }
        String lines = String.join("; ", message.lines().filter(line -> !line.isBlank()
                && !Character.isWhitespace(line.charAt(0))).toList());
        return lines.isEmpty() ? firstLine(message) : lines;
    }

    private static String firstLine(final String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    /** The fields of one rule node, read with the rule's id at hand for messages. */
    private final class RuleFields {
        private final JsonNode node;
        private final String id;

        RuleFields(final JsonNode node, final int index) throws RuleException {
            this.node = node;
            if (!node.isObject()) {
                throw RuleException.of(source, "#" + index, "rules[" + index + "]", "expected a mapping");
            }
            JsonNode idNode = node.get("id");
            if (idNode == null || !idNode.isTextual() || idNode.asText().isBlank()) {
                throw RuleException.of(source, "#" + index, "id", "missing id");
            }
            this.id = idNode.asText();
            if (!ID.matches(id)) {
                throw RuleException.of(source, id, "id", "must be kebab-case (a-z, 0-9, single dashes)");
            }
            checkFields(node, RULE_FIELDS, id, "");
        }

        Rule toRule(final String family) throws RuleException {
            RuleKind kind = kind();
            Pattern pattern = pattern("pattern", kind == RuleKind.REGEX || kind == RuleKind.ABSENT);
            double entropyMin = entropyMin();
            if (entropyMin > 0 && (pattern == null || !pattern.toString().contains("(?P<secret>"))) {
                throw RuleException.of(source, id, "entropyMin", "needs a pattern with a (?P<secret>…) group");
            }
            Pattern requires = nearPattern("requires");
            int within = requires == null ? 0 : node.get("requires").get("within").asInt();
            Pattern unless = nearPattern("unless");
            int unlessWithin = unless == null ? 0 : node.get("unless").get("within").asInt();
            return new Rule(id, family, kind, text(node, "title", true), severity(), cwe(), gate(), languages(),
                    globs(), keywords(), pattern, requires, within, unless, unlessWithin,
                    pattern("excludePattern", false),
                    entropyMin, bool("notInTestPaths"), text(node, "message", true), text(node, "fix", false),
                    samples("truePositives", true), samples("falsePositives", false));
        }

        private Pattern nearPattern(final String field) throws RuleException {
            JsonNode near = node.get(field);
            if (near == null) {
                return null;
            }
            if (!near.isObject()) {
                throw RuleException.of(source, id, field, "expected {pattern, within}");
            }
            checkFields(near, Set.of("pattern", "within"), id, field + ".");
            Pattern pattern = compile(field + ".pattern", text(near, field + ".pattern", true));
            integer(near.get("within"), field + ".within", 0, MAX_WITHIN);
            return pattern;
        }

        private RuleKind kind() throws RuleException {
            String text = text(node, "kind", false);
            try {
                return text == null ? RuleKind.REGEX : RuleKind.parse(text);
            }
            catch (IllegalArgumentException e) {
                throw RuleException.of(source, id, "kind", e.getMessage());
            }
        }

        private Severity severity() throws RuleException {
            try {
                return Severity.parse(text(node, "severity", true));
            }
            catch (IllegalArgumentException e) {
                throw RuleException.of(source, id, "severity", e.getMessage());
            }
        }

        private String cwe() throws RuleException {
            String cwe = text(node, "cwe", true);
            if (!CWE.matches(cwe)) {
                throw RuleException.of(source, id, "cwe", "expected CWE-<number>, got '" + cwe + "'");
            }
            return cwe;
        }

        private String gate() throws RuleException {
            String gate = text(node, "gate", true);
            if (!Rule.SECURITY_PATTERNS.equals(gate) && !Rule.CONFIG_RISK.equals(gate)) {
                throw RuleException.of(source, id, "gate", "expected security-patterns or config-risk, got '"
                        + gate + "'");
            }
            return gate;
        }

        private Set<String> languages() throws RuleException {
            List<String> list = list("languages", false);
            for (String language : list) {
                if (!LANGUAGES.contains(language)) {
                    throw RuleException.of(source, id, "languages", "unknown language '" + language
                            + "' (known: " + String.join(", ", new java.util.TreeSet<>(LANGUAGES)) + ")");
                }
            }
            return new LinkedHashSet<>(list);
        }

        private List<Glob> globs() throws RuleException {
            List<Glob> globs = new ArrayList<>();
            for (String text : list("globs", false)) {
                try {
                    globs.add(Glob.of(text));
                }
                catch (IllegalArgumentException e) {
                    throw RuleException.of(source, id, "globs", e.getMessage());
                }
            }
            return globs;
        }

        private List<String> keywords() throws RuleException {
            List<String> keywords = new ArrayList<>();
            for (String keyword : list("keywords", true)) {
                if (keyword.isBlank()) {
                    throw RuleException.of(source, id, "keywords", "empty keyword");
                }
                if (!keyword.chars().allMatch(c -> c < 128 && c != '\n')) {
                    throw RuleException.of(source, id, "keywords", "keywords are ASCII, one line: '" + keyword + "'");
                }
                keywords.add(keyword.toLowerCase(Locale.ROOT));
            }
            return keywords;
        }

        private double entropyMin() throws RuleException {
            JsonNode value = node.get("entropyMin");
            if (value == null) {
                return 0;
            }
            if (!value.isNumber() || value.asDouble() < 0 || value.asDouble() > 8) {
                throw RuleException.of(source, id, "entropyMin", "expected a number from 0 to 8, got '"
                        + value.asText() + "'");
            }
            return value.asDouble();
        }

        private boolean bool(final String field) throws RuleException {
            JsonNode value = node.get(field);
            if (value != null && !value.isBoolean()) {
                throw RuleException.of(source, id, field, "expected true or false, got '" + value.asText() + "'");
            }
            return value != null && value.asBoolean();
        }

        private Pattern pattern(final String field, final boolean required) throws RuleException {
            String text = text(node, field, required);
            return text == null ? null : compile(field, text);
        }

        private Pattern compile(final String field, final String text) throws RuleException {
            try {
                return Pattern.compile(text);
            }
            catch (PatternSyntaxException e) {
                throw RuleException.of(source, id, field, "bad regular expression: " + e.getMessage());
            }
        }

        private List<Sample> samples(final String which, final boolean required) throws RuleException {
            JsonNode samples = node.get("samples");
            if (samples == null || !samples.isObject()) {
                throw RuleException.of(source, id, "samples", "expected {truePositives: [...], falsePositives: "
                        + "[...]}");
            }
            checkFields(samples, Set.of("truePositives", "falsePositives"), id, "samples.");
            JsonNode list = samples.get(which);
            String field = "samples." + which;
            if (list == null && !required) {
                return List.of();
            }
            if (list == null || !list.isArray() || list.isEmpty()) {
                throw RuleException.of(source, id, field, "expected a non-empty list of {file, content}");
            }
            List<Sample> result = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                JsonNode sample = list.get(i);
                String at = field + "[" + i + "]";
                if (!sample.isObject()) {
                    throw RuleException.of(source, id, at, "expected {file, content}");
                }
                checkFields(sample, Set.of("file", "content", "base"), id, at + ".");
                result.add(new Sample(text(sample, at + ".file", true), text(sample, at + ".content", true),
                        text(sample, at + ".base", false)));
            }
            return result;
        }

        private List<String> list(final String field, final boolean required) throws RuleException {
            JsonNode value = node.get(field);
            if (value == null) {
                if (required) {
                    throw RuleException.of(source, id, field, "missing");
                }
                return List.of();
            }
            if (!value.isArray() || required && value.isEmpty()) {
                throw RuleException.of(source, id, field, "expected a non-empty list of strings");
            }
            List<String> result = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    throw RuleException.of(source, id, field, "expected strings, got '" + item + "'");
                }
                result.add(item.asText());
            }
            return result;
        }

        private String text(final JsonNode parent, final String field, final boolean required)
                throws RuleException {
            String name = field.substring(field.lastIndexOf('.') + 1);
            JsonNode value = parent.get(name);
            if (value == null || value.isNull()) {
                if (required) {
                    throw RuleException.of(source, id, field, "missing");
                }
                return null;
            }
            if (!value.isTextual() || required && value.asText().isBlank()) {
                throw RuleException.of(source, id, field, "expected a non-empty string, got '" + value + "'");
            }
            return value.asText();
        }

        private int integer(final JsonNode value, final String field, final int min, final int max)
                throws RuleException {
            if (value == null || !value.isInt() || value.asInt() < min || value.asInt() > max) {
                throw RuleException.of(source, id, field, "expected a whole number from " + min + " to " + max
                        + ", got '" + value + "'");
            }
            return value.asInt();
        }
    }
}
