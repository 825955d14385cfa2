package io.jenkins.plugins.aigov.config;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.aigov.engine.model.OutagePolicy;
import io.jenkins.plugins.aigov.engine.gates.Scope;
import io.jenkins.plugins.aigov.engine.model.Severity;

/**
 * The texts that the global configuration and the {@code aiGates} parameters share: severities
 * ({@code info}..{@code critical}), outage policies ({@code failOpen} / {@code failClosed}), scopes
 * ({@code changed} / {@code all}) and name lists. Parsing fails with a message that names the field and the value.
 */
public final class PolicyValues {
    /** The outage policy ids as written in forms and Jenkinsfiles. */
    public static final String FAIL_OPEN = "failOpen";
    public static final String FAIL_CLOSED = "failClosed";
    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[\\r\\n,]+");

    private PolicyValues() {
    }

    /** A severity, or {@code null} for blank text. */
    public static Severity severity(final String field, final String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    /** An outage policy ({@code failOpen} or {@code failClosed}, any case, dashes allowed), or {@code null}. */
    public static OutagePolicy outagePolicy(final String field, final String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String key = text.strip().replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
        if (key.equals("failopen")) {
            return OutagePolicy.FAIL_OPEN;
        }
        if (key.equals("failclosed")) {
            return OutagePolicy.FAIL_CLOSED;
        }
        throw new IllegalArgumentException(field + ": unknown outage policy '" + text.strip()
                + "' (expected failOpen or failClosed)");
    }

    /** The form id of an outage policy. */
    public static String id(final OutagePolicy policy) {
        return policy == OutagePolicy.FAIL_CLOSED ? FAIL_CLOSED : FAIL_OPEN;
    }

    /** A scope ({@code changed} or {@code all}, any case), or {@code null}. */
    public static Scope scope(final String field, final String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Scope.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": unknown scope '" + text.strip()
                    + "' (expected changed or all)", e);
        }
    }

    /** The non-blank entries of a list written one per line (commas also separate), stripped, in order. */
    public static Set<String> names(final String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text != null) {
            for (String part : LIST_SEPARATORS.split(text)) {
                if (!part.isBlank()) {
                    names.add(part.strip());
                }
            }
        }
        return names;
    }

    /** The rule ids of a list; each must be kebab-case. */
    public static Set<String> ruleIds(final String field, final String text) {
        Set<String> ids = names(text);
        for (String id : ids) {
            if (!RULE_ID.matcher(id).matches()) {
                throw new IllegalArgumentException(field + ": '" + id
                        + "' is not a rule id (lower-case words joined by '-', e.g. new-version)");
            }
        }
        return ids;
    }

    /** A whole number in {@code [min, max]}. */
    public static int inRange(final String field, final int value, final int min, final int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /** Form check of a whole number in {@code [min, max]}; blank is left to the default. */
    static FormValidation checkNumber(final String value, final int min, final int max) {
        if (value == null || value.isBlank()) {
            return FormValidation.ok();
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return FormValidation.ok();
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        return FormValidation.error("Enter a whole number from " + min + " to " + max + ", not '" + value.strip()
                + "'.");
    }

    /** Form check of a parse that throws {@link IllegalArgumentException}. */
    static FormValidation check(final Runnable parse) {
        try {
            parse.run();
            return FormValidation.ok();
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    /** The five severities, mildest first; {@code blankLabel} adds an empty first option when not null. */
    static ListBoxModel severityItems(final String blankLabel) {
        ListBoxModel items = new ListBoxModel();
        if (blankLabel != null) {
            items.add(blankLabel, "");
        }
        for (Severity severity : Severity.values()) {
            items.add(severity.id(), severity.id());
        }
        return items;
    }

    /** The two outage policies. */
    static ListBoxModel outageItems() {
        ListBoxModel items = new ListBoxModel();
        items.add("Fail open: warn and go on", FAIL_OPEN);
        items.add("Fail closed: the outcome is OUTAGE", FAIL_CLOSED);
        return items;
    }

    /** The two scopes. */
    static ListBoxModel scopeItems() {
        ListBoxModel items = new ListBoxModel();
        for (String scope : List.of("changed", "all")) {
            items.add(scope, scope);
        }
        return items;
    }
}
