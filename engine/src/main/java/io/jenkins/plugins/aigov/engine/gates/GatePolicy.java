package io.jenkins.plugins.aigov.engine.gates;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.jenkins.plugins.aigov.engine.model.OutagePolicy;
import io.jenkins.plugins.aigov.engine.model.Severity;

/**
 * The admin's gate policy (Manage Jenkins, or the CLI's config file), possibly tightened by a Jenkinsfile.
 * Immutable and serializable.
 *
 * @param failOn             fail at or above this severity (default critical)
 * @param unstableOn         unstable at or above this severity (default high)
 * @param aiFailOn           fail at or above this severity on AI-written lines ({@code null}: same as failOn)
 * @param packageMinAgeDays  a package first published fewer days ago is flagged (default 90)
 * @param versionMinAgeDays  a version published fewer days ago is flagged (default 7)
 * @param outagePolicy       what an unverifiable check means (default fail-open)
 * @param scope              what is checked (default changed)
 * @param watchlist          names that are always flagged critical ({@code ecosystem:name} or {@code name})
 * @param disabledRules      rule ids that produce no findings
 * @param severityOverrides  rule id → severity, re-rating a rule
 * @param extraRules         the admin's own security-pattern and config-risk rules, as the text of a rule file
 *                           (YAML or JSON, see {@code docs/rules.md}), or {@code null}. Kept as text so the policy
 *                           travels simply; checked where it is configured ({@link PolicyRules#checkExtraRules}) and
 *                           again when the rules are built for a scan. Only the admin sets it: a request never does.
 */
public record GatePolicy(Severity failOn, Severity unstableOn, Severity aiFailOn, int packageMinAgeDays,
        int versionMinAgeDays, OutagePolicy outagePolicy, Scope scope, Set<String> watchlist,
        Set<String> disabledRules, Map<String, Severity> severityOverrides, String extraRules)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Canonical constructor: checks and copies (sorted, for stable output). */
    public GatePolicy {
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(unstableOn, "unstableOn");
        Objects.requireNonNull(outagePolicy, "outagePolicy");
        Objects.requireNonNull(scope, "scope");
        if (packageMinAgeDays < 0 || versionMinAgeDays < 0) {
            throw new IllegalArgumentException("age thresholds must not be negative");
        }
        watchlist = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(watchlist));
        disabledRules = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(disabledRules));
        severityOverrides = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(severityOverrides));
        extraRules = extraRules == null || extraRules.isBlank() ? null : extraRules;
    }

    /** The documented defaults. */
    public static GatePolicy defaults() {
        return new GatePolicy(Severity.CRITICAL, Severity.HIGH, null, 90, 7, OutagePolicy.FAIL_OPEN, Scope.CHANGED,
                Set.of(), Set.of(), Map.of(), null);
    }

    /**
     * This policy, tightened by a request: a stricter value is taken, a looser one is ignored and a line saying so
     * is added to {@code log}. Stricter means a lower failOn / unstableOn / aiFailOn severity, higher age
     * thresholds, fail-closed, scope all, and more watchlist names. Disabled rules, re-ratings and extra rules are
     * the admin's alone and stay as they are.
     */
    public GatePolicy tightenedBy(final PolicyRequest request, final List<String> log) {
        Severity fail = stricter("failOn", failOn, request.failOn(), log);
        Severity unstable = stricter("unstableOn", unstableOn, request.unstableOn(), log);
        Severity aiFail = aiFailOn == null && request.aiFailOn() != null
                ? (request.aiFailOn().isAtLeast(fail) ? keep("aiFailOn", fail, request.aiFailOn(), log)
                        : request.aiFailOn())
                : stricter("aiFailOn", aiFailOn, request.aiFailOn(), log);
        int packageAge = higher("packageMinAgeDays", packageMinAgeDays, request.packageMinAgeDays(), log);
        int versionAge = higher("versionMinAgeDays", versionMinAgeDays, request.versionMinAgeDays(), log);
        OutagePolicy outage = outagePolicy;
        if (request.outagePolicy() == OutagePolicy.FAIL_CLOSED) {
            outage = OutagePolicy.FAIL_CLOSED;
        }
        else if (request.outagePolicy() == OutagePolicy.FAIL_OPEN && outagePolicy == OutagePolicy.FAIL_CLOSED) {
            log.add("ignored outagePolicy FAIL_OPEN: the admin's policy is FAIL_CLOSED and may only be tightened");
        }
        Scope wider = scope;
        if (request.scope() == Scope.ALL) {
            wider = Scope.ALL;
        }
        else if (request.scope() == Scope.CHANGED && scope == Scope.ALL) {
            log.add("ignored scope CHANGED: the admin's policy checks ALL and may only be tightened");
        }
        Set<String> names = new TreeSet<>(watchlist);
        names.addAll(request.watchlist());
        return new GatePolicy(fail, unstable, aiFail, packageAge, versionAge, outage, wider, names, disabledRules,
                severityOverrides, extraRules);
    }

    private static Severity stricter(final String name, final Severity current, final Severity asked,
            final List<String> log) {
        if (asked == null || current == null) {
            return asked == null ? current : asked;
        }
        if (asked.compareTo(current) <= 0) {
            return asked;
        }
        return keep(name, current, asked, log);
    }

    private static Severity keep(final String name, final Severity current, final Severity asked,
            final List<String> log) {
        log.add("ignored " + name + " " + asked.id() + ": looser than the admin's " + current.id()
                + "; a Jenkinsfile may only tighten the policy");
        return current;
    }

    private static int higher(final String name, final int current, final Integer asked, final List<String> log) {
        if (asked == null || asked >= current) {
            return asked == null ? current : asked;
        }
        log.add("ignored " + name + " " + asked + ": lower than the admin's " + current
                + "; a Jenkinsfile may only tighten the policy");
        return current;
    }

    /** The severity a rule's findings get, after re-rating. */
    public Severity severityOf(final String ruleId, final Severity declared) {
        return severityOverrides.getOrDefault(ruleId, declared);
    }

    /** Whether a rule is switched off. */
    public boolean isDisabled(final String ruleId) {
        return disabledRules.contains(ruleId);
    }
}
