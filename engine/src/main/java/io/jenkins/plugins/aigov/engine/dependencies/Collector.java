package io.jenkins.plugins.aigov.engine.dependencies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.jenkins.plugins.aigov.engine.model.Problem;

/** Gathers the dependencies and problems of one manifest while a parser reads it. */
final class Collector {
    private static final int MAX_MESSAGE = 300;

    private final String path;
    private final Ecosystem ecosystem;
    private final List<Dependency> dependencies = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    Collector(final String path, final Ecosystem ecosystem) {
        this.path = path;
        this.ecosystem = ecosystem;
    }

    String path() {
        return path;
    }

    /** Adds a dependency of this manifest's ecosystem; a blank name is reported instead. */
    void add(final String name, final String version, final String scope, final int line,
            final DependencyKind kind, final boolean registry, final List<String> notes) {
        if (name == null || name.isBlank()) {
            problem(line, "dependency without a name; skipped");
            return;
        }
        dependencies.add(Dependency.of(ecosystem, name.strip(), blankToNull(version), scope, path, line, kind,
                registry, notes));
    }

    /** Adds a dependency read elsewhere (an included file). */
    void add(final Dependency dependency) {
        dependencies.add(dependency);
    }

    void problem(final int line, final String message) {
        String text = message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "…" : message;
        problems.add(new Problem(line > 0 ? path + ":" + line : path, text));
    }

    void problems(final List<Problem> more) {
        problems.addAll(more);
    }

    /** The result; dependencies in line order when all are this file's own (includes keep their place). */
    ManifestParseResult result() {
        if (dependencies.stream().allMatch(dependency -> dependency.manifest().equals(path))) {
            dependencies.sort(Comparator.comparingInt(Dependency::line));
        }
        return new ManifestParseResult(path, dependencies, problems);
    }

    static String blankToNull(final String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
