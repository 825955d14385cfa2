package io.jenkins.plugins.aigov.engine.gates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.jenkins.plugins.aigov.engine.dependencies.registry.LookupOutcome;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageLookup;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageQuery;

/** The look-ups no registry could answer, one line each, for the decision and the log. */
final class Unverified {
    private Unverified() {
    }

    /** {@code npm:left-pad@1.3.0 (package.json:7): reason}, dependencies first, then imports. */
    static List<String> lines(final List<DependencyCheck> checks, final Map<PackageQuery, PackageLookup> answers,
            final Collection<PackageQuery> importQueries) {
        Set<String> lines = new LinkedHashSet<>();
        for (DependencyCheck check : checks) {
            PackageLookup lookup = check.lookup();
            if (lookup != null && lookup.outcome() == LookupOutcome.UNVERIFIED) {
                lines.add(lookup.query() + " (" + check.dependency().location() + "): " + lookup.reason());
            }
        }
        for (PackageQuery query : importQueries) {
            PackageLookup lookup = answers.get(query);
            if (lookup != null && lookup.outcome() == LookupOutcome.UNVERIFIED) {
                lines.add(query + " (imported): " + lookup.reason());
            }
        }
        return new ArrayList<>(lines);
    }
}
