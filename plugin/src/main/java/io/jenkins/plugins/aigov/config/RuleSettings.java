package io.jenkins.plugins.aigov.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import hudson.util.FormValidation;

import io.jenkins.plugins.aigov.engine.gates.PolicyRules;
import io.jenkins.plugins.aigov.engine.model.Severity;
import io.jenkins.plugins.aigov.engine.scan.RuleException;

/**
 * The rule fields of the global configuration: re-ratings ({@code ruleSeverities}, one {@code rule-id = severity}
 * per line), the administrator's own rules ({@code extraRules}, the text of a rule file) and the check that the ids
 * of {@code disabledRules} and {@code ruleSeverities} name a rule. Messages name the field, the line and the rule.
 */
final class RuleSettings {
    /** The name of the re-ratings in messages. */
    static final String SEVERITIES_SOURCE = "global configuration: ruleSeverities";
    /** The name of the extra rules in messages. */
    static final String EXTRA_RULES_SOURCE = "global configuration: extraRules";
    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private RuleSettings() {
    }

    /**
     * The re-ratings of a {@code ruleSeverities} text: blank lines and lines starting with {@code #} are skipped.
     *
     * @throws IllegalArgumentException naming the line, the rule id and the offending value
     */
    static Map<String, Severity> severities(final String text) {
        Map<String, Severity> severities = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        if (text == null) {
            return severities;
        }
        List<String> all = text.lines().toList();
        for (int i = 0; i < all.size(); i++) {
            String line = all.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = SEVERITIES_SOURCE + ":" + (i + 1) + ": ";
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException(where + "expected 'rule-id = severity', got '" + line + "'");
            }
            String id = line.substring(0, equals).strip();
            if (!RULE_ID.matcher(id).matches()) {
                throw new IllegalArgumentException(where + "'" + id
                        + "' is not a rule id (lower-case words joined by '-', e.g. new-version)");
            }
            Severity severity;
            try {
                severity = Severity.parse(line.substring(equals + 1).strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "rule '" + id + "': " + e.getMessage(), e);
            }
            Integer first = lines.putIfAbsent(id, i + 1);
            if (first != null) {
                throw new IllegalArgumentException(where + "rule '" + id + "' is re-rated twice (first on line "
                        + first + ")");
            }
            severities.put(id, severity);
        }
        return severities;
    }

    /**
     * Checks an {@code extraRules} text as a scan will use it.
     *
     * @return the ids of the rules, in file order
     * @throws IllegalArgumentException naming the line, the rule id and the field
     */
    static List<String> extraRules(final String text) {
        try {
            return PolicyRules.checkExtraRules(text, EXTRA_RULES_SOURCE);
        } catch (RuleException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The form check of {@code disabledRules}: syntax first, then ids that switch nothing off (a warning). */
    static FormValidation checkDisabled(final String value, final String extraRules) {
        Set<String> ids;
        try {
            ids = PolicyValues.ruleIds("disabledRules", value);
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
        Set<String> unknown = PolicyRules.unknownDisabled(ids, extraRules);
        if (!unknown.isEmpty()) {
            return FormValidation.warning("No rule or gate has the id " + quoted(unknown)
                    + ", so it switches nothing off. Check the spelling.");
        }
        return FormValidation.ok();
    }

    /** The form check of {@code ruleSeverities}: syntax first, then ids that re-rate nothing (a warning). */
    static FormValidation checkSeverities(final String value, final String extraRules) {
        Map<String, Severity> severities;
        try {
            severities = severities(value);
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
        Set<String> unknown = PolicyRules.unknownReRated(severities.keySet(), extraRules);
        if (!unknown.isEmpty()) {
            List<String> where = new ArrayList<>();
            List<String> all = value.lines().toList();
            for (String id : unknown) {
                where.add("'" + id + "' (line " + (lineOf(all, id) + 1) + ")");
            }
            return FormValidation.warning("No rule has the id " + String.join(", ", where)
                    + ", so it re-rates nothing. Check the spelling.");
        }
        return severities.isEmpty() ? FormValidation.ok() : FormValidation.ok(severities.size() + " rule(s) re-rated.");
    }

    /** The form check of {@code extraRules}: the error names the line, the rule and the field. */
    static FormValidation checkExtraRules(final String value) {
        try {
            List<String> ids = extraRules(value);
            return ids.isEmpty() ? FormValidation.ok() : FormValidation.ok(ids.size() + " rule(s): "
                    + String.join(", ", ids) + ".");
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    private static int lineOf(final List<String> lines, final String id) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith(id) && line.substring(id.length()).strip().startsWith("=")) {
                return i;
            }
        }
        return -1;
    }

    private static String quoted(final Set<String> ids) {
        return "'" + String.join("', '", ids) + "'";
    }
}
