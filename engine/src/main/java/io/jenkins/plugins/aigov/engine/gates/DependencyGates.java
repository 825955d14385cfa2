package io.jenkins.plugins.aigov.engine.gates;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.jenkins.plugins.aigov.engine.model.Finding;

/**
 * The four dependency gates over the checked dependencies: {@code dependency-existence}, {@code dependency-age},
 * {@code typosquat} and {@code watchlist}.
 */
final class DependencyGates {
    private final ExistenceGate existence;
    private final AgeGate age;
    private final TyposquatGate typosquat;
    private final WatchlistGate watchlist;
    private final Collection<PackageName> project;

    DependencyGates(final FindingFactory factory, final Collection<PackageName> project, final GatePolicy policy,
            final Clock clock) {
        TyposquatIndex index = Indexes.BUNDLED;
        FixHints hints = new FixHints(index, project);
        this.project = project;
        this.existence = new ExistenceGate(factory, hints);
        this.age = new AgeGate(factory, hints, clock, policy);
        this.typosquat = new TyposquatGate(factory, index);
        this.watchlist = new WatchlistGate(factory, hints, Watchlist.of(policy.watchlist(), true));
    }

    /** Every finding of the four gates, in check order. */
    List<Finding> check(final List<DependencyCheck> checks) {
        List<Finding> findings = new ArrayList<>();
        for (DependencyCheck check : checks) {
            addIfPresent(findings, watchlist.check(check));
            addIfPresent(findings, existence.check(check));
            findings.addAll(age.check(check));
        }
        findings.addAll(typosquat.check(checks, project));
        return findings;
    }

    private static void addIfPresent(final List<Finding> findings, final Finding finding) {
        if (finding != null) {
            findings.add(finding);
        }
    }

    /** The bundled index, built once per class loader. */
    private static final class Indexes {
        static final TyposquatIndex BUNDLED = TyposquatIndex.bundled();
    }
}
