package io.jenkins.plugins.aigov.engine.gates;

import java.util.Collection;
import java.util.List;

import io.jenkins.plugins.aigov.engine.dependencies.Dependency;

/**
 * The closest real package for a fix hint, from the typosquat index (popular names plus the project's own
 * dependencies).
 */
final class FixHints {
    private final TyposquatIndex index;
    private final Collection<PackageName> project;

    FixHints(final TyposquatIndex index, final Collection<PackageName> project) {
        this.index = index;
        this.project = List.copyOf(project);
    }

    /** The closest known name to this dependency's, or {@code null}. */
    String closest(final Dependency dependency) {
        PackageName name = PackageName.of(dependency.ecosystem(), dependency.name());
        return index.closest(name, project.stream().filter(p -> !p.name().equals(name.name())).toList());
    }

    /** {@code Did you mean 'x'? } or the empty string. */
    String didYouMean(final Dependency dependency) {
        String closest = closest(dependency);
        return closest == null ? "" : "Did you mean '" + closest + "'? ";
    }
}
