package io.jenkins.plugins.aigov.engine.scan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.jenkins.plugins.aigov.engine.model.Severity;

/**
 * An immutable set of rules with unique ids: the built-in families shipped with the engine, adjusted by an admin
 * with {@link #withOverrides(Collection, Map, String)}.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.builtIn().withOverrides(Set.of("cors-wildcard-origin"),
 *         Map.of("weak-hash-md5", Severity.HIGH), extraRulesYaml);
 * Scanner scanner = new Scanner(rules);
 * }</pre>
 */
public final class RuleSet {
    /** The rule families shipped in the engine's resources, one file each. */
    public static final List<String> FAMILIES = List.of("secrets", "sql-injection", "command-injection",
            "deserialization", "cors", "tls-jwt-bypass", "weak-crypto", "ssrf", "eval", "config-dockerfile",
            "config-kubernetes", "config-ci", "config-terraform");
    /** The name of an admin's own rules in messages, unless the caller gives another. */
    public static final String ADMIN_RULES = "admin rules";
    /** The family of an admin's own rules when their text names none. */
    public static final String ADMIN_FAMILY = "admin";
    private static final String FOLDER = "/io/jenkins/plugins/aigov/engine/scan/rules/";
    private static volatile RuleSet builtIn;

    private final List<Rule> rules;
    private final Map<String, Rule> byId;

    private RuleSet(final List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Map<String, Rule> map = new LinkedHashMap<>();
        rules.forEach(rule -> map.put(rule.id(), rule));
        this.byId = map;
    }

    /** The rules shipped with the engine (loaded once). A broken shipped rule is a programming error. */
    public static RuleSet builtIn() {
        RuleSet result = builtIn;
        if (result == null) {
            try {
                result = load();
            }
            catch (RuleException e) {
                throw new IllegalStateException("a built-in rule is broken: " + e.getMessage(), e);
            }
            builtIn = result;
        }
        return result;
    }

    /**
     * Parses rules from text (an admin's own rules, or a test's), as family {@code family}. Ids must be unique.
     *
     * @param source names the text in messages (a file name, {@code admin rules} …)
     */
    public static RuleSet parse(final String source, final String text, final String family) throws RuleException {
        return new RuleSet(new ArrayList<>()).plus(new RuleLoader(source).load(text, family), source);
    }

    private static RuleSet load() throws RuleException {
        RuleSet result = new RuleSet(List.of());
        for (String family : FAMILIES) {
            String file = family + ".yml";
            try (InputStream in = RuleSet.class.getResourceAsStream(FOLDER + file)) {
                if (in == null) {
                    throw new RuleException("rules/" + file + ": missing from the engine's resources");
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                result = result.plus(new RuleLoader("rules/" + file).load(text, family), "rules/" + file);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return result;
    }

    private RuleSet plus(final List<Rule> more, final String source) throws RuleException {
        List<Rule> all = new ArrayList<>(rules);
        for (Rule rule : more) {
            if (byId.containsKey(rule.id())) {
                throw RuleException.of(source, rule.id(), "id", "duplicate id (already defined by family '"
                        + byId.get(rule.id()).family() + "')");
            }
            all.add(rule);
        }
        return new RuleSet(all);
    }

    /**
     * This rule set as an admin adjusted it; the admin's own rules are named {@value #ADMIN_RULES} in messages.
     *
     * @param disabled   ids of rules to drop; an unknown id is rejected (a typo would silently keep a rule on)
     * @param severities new severities by rule id; an unknown id is rejected
     * @param extraRules the admin's own rules (YAML or JSON, same format as the shipped files), or {@code null};
     *                   each is validated like a shipped rule, and its own samples must hold
     * @throws RuleException naming the rule id and the field
     */
    public RuleSet withOverrides(final Collection<String> disabled, final Map<String, Severity> severities,
            final String extraRules) throws RuleException {
        return withOverrides(disabled, severities, extraRules, ADMIN_RULES);
    }

    /**
     * This rule set as an admin adjusted it, as {@link #withOverrides(Collection, Map, String)}.
     *
     * @param source names the admin's own rules in messages (a file name, a configuration field); a message about
     *               one of them also gives the line of the rule in {@code extraRules}
     * @throws RuleException naming the rule id and the field
     */
    public RuleSet withOverrides(final Collection<String> disabled, final Map<String, Severity> severities,
            final String extraRules, final String source) throws RuleException {
        RuleSet result = this;
        if (extraRules != null && !extraRules.isBlank()) {
            try {
                List<Rule> extra = new RuleLoader(source).load(extraRules, ADMIN_FAMILY);
                result = plus(extra, source);
                SampleCheck.verify(extra, source);
            }
            catch (RuleException e) {
                throw e.locatedIn(extraRules);
            }
        }
        Set<String> unknown = new TreeSet<>(disabled);
        unknown.addAll(severities.keySet());
        unknown.removeAll(result.byId.keySet());
        if (!unknown.isEmpty()) {
            String first = unknown.iterator().next();
            throw RuleException.of("admin overrides", first, disabled.contains(first) ? "disabled" : "severity",
                    "no such rule");
        }
        List<Rule> kept = new ArrayList<>();
        for (Rule rule : result.rules) {
            if (!disabled.contains(rule.id())) {
                Severity severity = severities.get(rule.id());
                kept.add(severity == null ? rule : rule.withSeverity(severity));
            }
        }
        return new RuleSet(kept);
    }

    /** A rule set of exactly these rules (ids must be unique). */
    static RuleSet of(final List<Rule> rules) {
        return new RuleSet(rules);
    }

    /** The rules, in file order. */
    public List<Rule> rules() {
        return rules;
    }

    /** The rule with this id, or {@code null}. */
    public Rule rule(final String id) {
        return byId.get(id);
    }

    /** Every keyword of every rule, lower case, sorted (the pre-filter's literal set). */
    public Set<String> keywords() {
        Set<String> all = new TreeSet<>();
        rules.forEach(rule -> all.addAll(rule.keywords()));
        return all;
    }
}
