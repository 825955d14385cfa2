package io.jenkins.plugins.aigov.engine.gates;

import java.time.Instant;
import java.util.List;

import io.jenkins.plugins.aigov.engine.dependencies.Dependency;
import io.jenkins.plugins.aigov.engine.dependencies.DependencyKind;
import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;
import io.jenkins.plugins.aigov.engine.dependencies.registry.LookupEvidence;
import io.jenkins.plugins.aigov.engine.dependencies.registry.LookupOutcome;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageLookup;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageQuery;

/** Hand-made dependencies and registry answers for the unit tests of the gates. */
final class Lookups {
    static final String URL = "http://127.0.0.1:1/";

    private Lookups() {
    }

    static Dependency dependency(final Ecosystem ecosystem, final String name, final String version) {
        return Dependency.of(ecosystem, name, version, null, "package.json", 7, DependencyKind.DIRECT, true, List.of());
    }

    static DependencyCheck check(final Dependency dependency, final LookupOutcome outcome, final Instant created,
            final Instant published) {
        PackageQuery query = PackageQuery.of(dependency.ecosystem(), dependency.name(),
                VersionPin.exact(dependency.ecosystem(), dependency.version()));
        int status = outcome == LookupOutcome.PACKAGE_MISSING ? 404 : outcome == LookupOutcome.UNVERIFIED ? 0 : 200;
        PackageLookup lookup = new PackageLookup(query, outcome, outcome == LookupOutcome.UNVERIFIED
                ? "test-registry: could not connect" : "test-registry: " + outcome, "test-registry", created,
                published, "2.0.0", false, null, 3, List.of(new LookupEvidence("test-registry",
                        URL + dependency.name(), status, Instant.parse("2026-11-22T10:00:00Z"), false, outcome,
                        "")));
        return new DependencyCheck(dependency, "added", lookup);
    }
}
