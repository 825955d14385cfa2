package io.jenkins.plugins.aigov.engine.gates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.jenkins.plugins.aigov.engine.model.Severity;
import io.jenkins.plugins.aigov.engine.scan.Rule;
import io.jenkins.plugins.aigov.engine.scan.RuleException;
import io.jenkins.plugins.aigov.engine.scan.RuleSet;

/**
 * The rules of a {@link GatePolicy}: the scan rules it builds (the built-in ones, the admin's extra rules, minus the
 * disabled ones, re-rated), the check of the extra rules where they are configured, and the ids of
 * {@code disabledRules} and {@code severityOverrides} that name nothing, so a typo is reported instead of silently
 * keeping a rule on.
 *
 * <pre>{@code
 * List<String> ids = PolicyRules.checkExtraRules(yaml, "aigov.json: policy.extraRules"); // at configuration time
 * Set<String> typos = PolicyRules.unknownDisabled(policy.disabledRules(), policy.extraRules());
 * }</pre>
 */
public final class PolicyRules {
    /** The gates that {@code disabledRules} may switch off as a whole. */
    private static final Set<String> GATES = Set.of(GateIds.DEPENDENCY_EXISTENCE, GateIds.DEPENDENCY_AGE,
            GateIds.TYPOSQUAT, GateIds.WATCHLIST, Rule.SECURITY_PATTERNS, Rule.CONFIG_RISK);
    /** The rules of the dependency gates. */
    private static final Set<String> DEPENDENCY_RULES = Set.of(GateIds.PACKAGE_MISSING, GateIds.VERSION_MISSING,
            GateIds.PACKAGE_UNPUBLISHED, GateIds.HALLUCINATED_IMPORT, GateIds.UNDECLARED_IMPORT, GateIds.NEW_PACKAGE,
            GateIds.NEW_VERSION, GateIds.TYPOSQUAT_NAME, GateIds.WATCHLISTED_NAME);

    private PolicyRules() {
    }

    /**
     * The rules the security-patterns and config-risk gates run under this policy: the built-in rules and the
     * policy's extra rules, without those disabled by rule id or gate id, re-rated. Ids that name no scan rule
     * (dependency rules, typos) are left alone here.
     *
     * @throws RuleException when the extra rules are broken, naming the rule id and the field
     */
    public static RuleSet scanRules(final GatePolicy policy) throws RuleException {
        return scanRules(policy, policy.extraRules());
    }

    /** The scan rules of the policy, with these extra rules instead of its own ({@code null}: none). */
    static RuleSet scanRules(final GatePolicy policy, final String extraRules) throws RuleException {
        RuleSet all = RuleSet.builtIn().withOverrides(Set.of(), Map.of(), extraRules);
        Set<String> disabled = all.rules().stream()
                .filter(rule -> policy.isDisabled(rule.id()) || policy.isDisabled(rule.gate()))
                .map(Rule::id).collect(Collectors.toSet());
        Map<String, Severity> severities = policy.severityOverrides().entrySet().stream()
                .filter(entry -> all.rule(entry.getKey()) != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return all.withOverrides(disabled, severities, null);
    }

    /**
     * Checks an admin's extra rules as a scan will use them: valid fields, samples that hold, no id of a built-in
     * rule.
     *
     * @param text   the rule file text (YAML or JSON); {@code null} or blank: none
     * @param source names the text in messages (a file, a configuration field)
     * @return the ids of the extra rules, in file order
     * @throws RuleException naming the source, the line of the rule, the rule id and the field
     */
    public static List<String> checkExtraRules(final String text, final String source) throws RuleException {
        RuleSet builtIn = RuleSet.builtIn();
        RuleSet all = builtIn.withOverrides(Set.of(), Map.of(), text, source);
        List<String> ids = new ArrayList<>();
        for (Rule rule : all.rules()) {
            if (builtIn.rule(rule.id()) == null) {
                ids.add(rule.id());
            }
        }
        return ids;
    }

    /**
     * The ids of the extra rules as written, for showing them: the fields are read, the samples are not run (a
     * scan checks the rules fully when it builds them).
     *
     * @throws RuleException naming the rule id and the field of a rule that cannot be read
     */
    public static List<String> extraRuleIds(final String text, final String source) throws RuleException {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return RuleSet.parse(source, text, RuleSet.ADMIN_FAMILY).rules().stream().map(Rule::id).toList();
    }

    /**
     * The ids of {@code disabled} that switch nothing off: no rule of any gate (built-in, or among
     * {@code extraRules}) and no gate has that id. Broken extra rules count as none.
     */
    public static Set<String> unknownDisabled(final Collection<String> disabled, final String extraRules) {
        return unknown(disabled, withGates(ruleIds(extraRules)));
    }

    /**
     * The ids of {@code severities} that re-rate nothing: no rule of any gate (built-in, or among
     * {@code extraRules}) has that id. Broken extra rules count as none.
     */
    public static Set<String> unknownReRated(final Collection<String> severities, final String extraRules) {
        return unknown(severities, ruleIds(extraRules));
    }

    /** One line for each id of the policy's disabledRules and severityOverrides that names nothing. */
    static List<String> warnings(final GatePolicy policy) {
        List<String> lines = new ArrayList<>();
        if (policy.disabledRules().isEmpty() && policy.severityOverrides().isEmpty()) {
            return lines;
        }
        Set<String> rules = ruleIds(policy.extraRules());
        for (String id : unknown(policy.disabledRules(), withGates(rules))) {
            lines.add("disabledRules: no rule or gate has the id '" + id + "', so it switches nothing off");
        }
        for (String id : unknown(policy.severityOverrides().keySet(), rules)) {
            lines.add("severityOverrides: no rule has the id '" + id + "', so it re-rates nothing");
        }
        return lines;
    }

    private static Set<String> withGates(final Set<String> ruleIds) {
        Set<String> known = new HashSet<>(ruleIds);
        known.addAll(GATES);
        return known;
    }

    private static Set<String> unknown(final Collection<String> ids, final Set<String> known) {
        Set<String> unknown = new LinkedHashSet<>();
        for (String id : ids) {
            if (!known.contains(id)) {
                unknown.add(id);
            }
        }
        return unknown;
    }

    private static Set<String> ruleIds(final String extraRules) {
        Set<String> ids = RuleSet.builtIn().rules().stream().map(Rule::id).collect(Collectors.toSet());
        ids.addAll(DEPENDENCY_RULES);
        if (extraRules != null && !extraRules.isBlank()) {
            try {
                ids.addAll(checkExtraRules(extraRules, RuleSet.ADMIN_RULES));
            }
            catch (RuleException e) {
                // reported where the rules are built; here they add no ids
            }
        }
        return ids;
    }
}
