package io.jenkins.plugins.aigov.engine.gates;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jenkins.plugins.aigov.engine.dependencies.DependencyKind;
import io.jenkins.plugins.aigov.engine.dependencies.registry.LookupOutcome;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageLookup;
import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Severity;

/**
 * {@code typosquat}: a checked name that imitates a popular package, or another dependency of the project, is high.
 * Lock-file entries are left out (other packages chose them; their declarations are checked where they are made).
 * Between two dependencies of the project only the less credible one is flagged: one that the range did not
 * touch, or that a registry has, or that was published earlier, is the original; on a tie the later declaration is
 * flagged.
 */
final class TyposquatGate {
    private final FindingFactory factory;
    private final TyposquatIndex index;

    TyposquatGate(final FindingFactory factory, final TyposquatIndex index) {
        this.factory = factory;
        this.index = index;
    }

    /** The findings for the checked dependencies; {@code project} holds every dependency read at head. */
    List<Finding> check(final List<DependencyCheck> checks, final Collection<PackageName> project) {
        List<Finding> findings = new ArrayList<>();
        if (factory.disabled(GateIds.TYPOSQUAT, GateIds.TYPOSQUAT_NAME)) {
            return findings;
        }
        Map<String, Integer> order = new HashMap<>();
        Map<String, PackageLookup> lookups = new HashMap<>();
        for (int i = 0; i < checks.size(); i++) {
            PackageName name = name(checks.get(i));
            order.putIfAbsent(name.name(), i);
            if (checks.get(i).lookup() != null) {
                lookups.putIfAbsent(name.name(), checks.get(i).lookup());
            }
        }
        Map<String, PackageName> others = new LinkedHashMap<>();
        project.forEach(p -> others.putIfAbsent(p.ecosystem() + ":" + p.name(), p));
        for (DependencyCheck check : checks) {
            if (isLocked(check) || !check.dependency().registry()) {
                continue;
            }
            PackageName name = name(check);
            TyposquatIndex.Match match = index.imitated(name);
            if (match == null) {
                List<PackageName> credible = others.values().stream()
                        .filter(o -> !o.name().equals(name.name()) && moreCredible(o, name, order, lookups)).toList();
                match = index.imitatedAmong(name, credible);
            }
            if (match != null) {
                findings.add(finding(check, match));
            }
        }
        return findings;
    }

    private Finding finding(final DependencyCheck check, final TyposquatIndex.Match match) {
        String kind = match.popular() ? "the popular package" : "the project's dependency";
        String how = switch (match.technique()) {
            case "separator" -> "differs only in separators";
            case "homoglyph" -> "differs only in look-alike characters";
            case "scope" -> "adds or drops an npm scope";
            case "affix" -> "adds or drops a prefix or suffix";
            case "transposition" -> "swaps two adjacent characters";
            default -> "is " + match.distance() + (match.distance() == 1 ? " edit" : " edits") + " away";
        };
        String message = Text.describe(check.dependency()) + " looks like " + kind + " '" + match.similarTo() + "' ("
                + how + "): a possible typosquat";
        Map<String, String> extra = Map.of("similarTo", match.similarTo(), "technique", match.technique(),
                "distance", String.valueOf(match.distance()),
                "similarToSource", match.popular() ? "popular-list" : "project-dependency");
        return factory.dependency(GateIds.TYPOSQUAT, GateIds.TYPOSQUAT_NAME, Severity.HIGH, check.dependency(),
                check.change(), check.lookup(), message, "Did you mean '" + match.similarTo() + "'? If '"
                        + check.dependency().name() + "' is intended, suppress this finding with a reason.",
                extra);
    }

    private static boolean moreCredible(final PackageName other, final PackageName candidate,
            final Map<String, Integer> order, final Map<String, PackageLookup> lookups) {
        if (!order.containsKey(other.name())) {
            return true;
        }
        PackageLookup mine = lookups.get(candidate.name());
        PackageLookup theirs = lookups.get(other.name());
        boolean mineFound = mine != null && mine.outcome() == LookupOutcome.FOUND;
        boolean theirsFound = theirs != null && theirs.outcome() == LookupOutcome.FOUND;
        if (mineFound != theirsFound) {
            return theirsFound;
        }
        Instant myDate = mine == null ? null : mine.packageCreated();
        Instant theirDate = theirs == null ? null : theirs.packageCreated();
        if (myDate != null && theirDate != null && !myDate.equals(theirDate)) {
            return theirDate.isBefore(myDate);
        }
        return order.get(other.name()) < order.getOrDefault(candidate.name(), Integer.MAX_VALUE);
    }

    private static boolean isLocked(final DependencyCheck check) {
        DependencyKind kind = check.dependency().kind();
        return kind == DependencyKind.LOCKED || kind == DependencyKind.TRANSITIVE_LOCKED;
    }

    private static PackageName name(final DependencyCheck check) {
        return PackageName.of(check.dependency().ecosystem(), check.dependency().name());
    }
}
