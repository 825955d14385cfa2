package io.jenkins.plugins.aigov.engine.dependencies;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

import io.jenkins.plugins.aigov.engine.model.Problem;

/**
 * What was read from one manifest: its dependencies in file order and what could not be read. A malformed file
 * yields the dependencies read before the error plus a {@link Problem} at {@code path:line}.
 *
 * @param path         repository-relative path of the manifest
 * @param dependencies the dependencies, including those of files it includes (their {@code manifest} says where)
 * @param problems     what could not be read, each named {@code path:line} (or {@code path} for the whole file)
 */
public record ManifestParseResult(String path, List<Dependency> dependencies, List<Problem> problems)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Canonical constructor: copies the lists. */
    public ManifestParseResult {
        Objects.requireNonNull(path, "path");
        dependencies = List.copyOf(dependencies);
        problems = List.copyOf(problems);
    }

    /** A result with no dependencies and one problem about the whole file. */
    static ManifestParseResult failed(final String path, final String message) {
        return new ManifestParseResult(path, List.of(), List.of(new Problem(path, message)));
    }

    /** Whether everything in the file could be read. */
    public boolean isClean() {
        return problems.isEmpty();
    }
}
