package io.jenkins.plugins.aigov.engine.sarif;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Problem;
import io.jenkins.plugins.aigov.engine.model.Severity;
import io.jenkins.plugins.aigov.engine.sarif.SarifParser.Located;

/** Maps the results of one file to {@code external-sarif} findings, noting problems as it goes. */
final class ResultMapper {
    /** The gate of every imported finding. */
    static final String GATE = "external-sarif";
    private static final int SNIPPET_MAX = 200;
    private static final Set<String> SKIPPED_KINDS = Set.of("pass", "notApplicable");

    private final String source;
    private final LevelMapping levels;
    private final List<Problem> problems;
    private final Fingerprints fingerprints = new Fingerprints();

    ResultMapper(final String source, final LevelMapping levels, final List<Problem> problems) {
        this.source = source;
        this.levels = levels;
        this.problems = problems;
    }

    /** The finding, or {@code null} when the result is skipped (absent, passed, unreadable). */
    Finding map(final Located located, final RunContext run) {
        JsonNode result = located.node();
        String where = source + ":" + located.line();
        if (result == null || !result.isObject()) {
            problems.add(new Problem(where, "a result is not a JSON object; skipped"));
            return null;
        }
        String kind = SarifJson.text(result, "kind");
        if (kind != null && SKIPPED_KINDS.contains(kind) || "absent".equals(SarifJson.text(result, "baselineState"))) {
            return null;
        }
        String rawRule = SarifJson.text(result, "ruleId");
        rawRule = rawRule != null ? rawRule : SarifJson.text(result, "rule", "id");
        JsonNode rule = run.rule(result, rawRule);
        rawRule = rawRule != null ? rawRule : SarifJson.text(rule, "id");
        if (rawRule == null) {
            problems.add(new Problem(where, "result has no ruleId; reported as 'unknown-rule'"));
            rawRule = "unknown-rule";
        }
        String message = Messages.of(result, rule, run);
        if (message == null) {
            problems.add(new Problem(where, "result '" + rawRule + "' has no message; skipped"));
            return null;
        }
        return build(result, rule, run, run.tool() + "/" + rawRule, rawRule, message, kind, where);
    }

    private Finding build(final JsonNode result, final JsonNode rule, final RunContext run, final String ruleId,
            final String rawRule, final String message, final String kind, final String where) {
        String cwe = Cwes.of(result, rule);
        JsonNode physical = SarifJson.at(firstLocation(result), "physicalLocation");
        ArtifactPaths.Resolved path = run.paths().resolve(SarifJson.at(physical, "artifactLocation"));
        if (path.problem() != null) {
            problems.add(new Problem(where, path.problem()));
        }
        int line = Math.max(0, SarifJson.integer(physical, 0, "region", "startLine"));
        String rawSnippet = SarifJson.text(physical, "region", "snippet", "text");
        boolean secret = SecretText.isSecretResult(run.tool(), rawRule, cwe, tags(result, rule));
        List<String> known = SecretText.known(rawSnippet, secret);
        String snippet = shorten(secret ? SecretText.redactWhole(rawSnippet) : SecretText.redact(rawSnippet, known));
        String text = SecretText.redact(message, known);
        String fingerprint = fingerprints.of(run.tool(), ruleId, result, path.path(), snippet, line);
        return new Finding(GATE, ruleId, severity(result, rule, kind, run, where), cwe, path.path(), line, text,
                null, snippet, fingerprint, null, null, SarifSuppressions.of(result, known),
                evidence(run, rule, rawRule));
    }

    private Severity severity(final JsonNode result, final JsonNode rule, final String kind, final RunContext run,
            final String where) {
        Double score = score(SarifJson.at(result, "properties", "security-severity"));
        if (score == null) {
            score = score(SarifJson.at(rule, "properties", "security-severity"));
        }
        if (score != null) {
            return LevelMapping.fromScore(score);
        }
        boolean fail = kind == null || "fail".equals(kind);
        String level = SarifJson.text(result, "level");
        if (level == null && fail) {
            level = SarifJson.text(rule, "defaultConfiguration", "level");
        }
        if (level == null) {
            level = fail ? "warning" : "none";
        }
        if (!LevelMapping.LEVELS.contains(level)) {
            problems.add(new Problem(where, "unknown level '" + level + "'; read as 'warning'"));
        }
        return levels.severity(run.tool(), level);
    }

    private static Double score(final JsonNode node) {
        if (node == null) {
            return null;
        }
        try {
            double value = node.isNumber() ? node.asDouble() : Double.parseDouble(node.asText().strip());
            return Double.isFinite(value) && value >= 0 && value <= 10 ? value : null;
        }
        catch (NumberFormatException e) {
            return null;
        }
    }

    private Map<String, String> evidence(final RunContext run, final JsonNode rule, final String rawRule) {
        Map<String, String> evidence = new TreeMap<>();
        evidence.put("tool", run.toolName());
        put(evidence, "toolVersion", run.toolVersion());
        put(evidence, "ruleName", SarifJson.text(rule, "name"));
        put(evidence, "helpUri", SarifJson.text(rule, "helpUri"));
        evidence.put("sarifFile", source);
        evidence.put("sarifRuleId", rawRule);
        return evidence;
    }

    private static void put(final Map<String, String> map, final String key, final String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static JsonNode firstLocation(final JsonNode result) {
        JsonNode locations = SarifJson.at(result, "locations");
        return locations != null && locations.isArray() && !locations.isEmpty() ? locations.get(0) : null;
    }

    private static String tags(final JsonNode result, final JsonNode rule) {
        return String.valueOf(SarifJson.at(result, "properties", "tags")) + " "
                + SarifJson.at(rule, "properties", "tags");
    }

    private static String shorten(final String snippet) {
        if (snippet == null) {
            return null;
        }
        String trimmed = snippet.strip();
        return trimmed.length() <= SNIPPET_MAX ? trimmed : trimmed.substring(0, SNIPPET_MAX) + "…";
    }
}
