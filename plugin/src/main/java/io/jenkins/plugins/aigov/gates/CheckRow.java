package io.jenkins.plugins.aigov.gates;

import io.jenkins.plugins.aigov.engine.dependencies.Dependency;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageLookup;
import io.jenkins.plugins.aigov.engine.gates.DependencyCheck;

/** One dependency checked, as the report page shows it. */
public final class CheckRow {
    private final DependencyCheck check;

    CheckRow(final DependencyCheck check) {
        this.check = check;
    }

    private Dependency dependency() {
        return check.dependency();
    }

    public String getEcosystem() {
        return dependency().ecosystem().name().toLowerCase(java.util.Locale.ROOT);
    }

    public String getName() {
        return dependency().name();
    }

    public String getVersion() {
        return dependency().version() == null ? "" : dependency().version();
    }

    /** {@code manifest:line}. */
    public String getLocation() {
        return dependency().manifest() + ":" + dependency().line();
    }

    /** {@code added}, {@code changed} or {@code existing}. */
    public String getChange() {
        return check.change();
    }

    /** What the registries said, or {@code not looked up} (path, git, workspace dependencies). */
    public String getOutcome() {
        PackageLookup lookup = check.lookup();
        return lookup == null ? "not looked up" : lookup.outcome().name();
    }

    /** The registry the facts come from, or empty. */
    public String getRegistry() {
        PackageLookup lookup = check.lookup();
        return lookup == null || lookup.registry() == null ? "" : lookup.registry();
    }

    /** Why, for an unverified or missing answer, or empty. */
    public String getReason() {
        PackageLookup lookup = check.lookup();
        return lookup == null ? "" : lookup.reason();
    }
}
