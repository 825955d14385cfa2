package io.jenkins.plugins.aigov.engine.dependencies;

import java.io.Serializable;
import java.util.Objects;

/**
 * One import of a third-party-looking module in a source file.
 *
 * @param path        repository-relative path of the source file
 * @param line        1-based line of the import
 * @param ecosystem   {@link Ecosystem#PYPI} for Python, {@link Ecosystem#NPM} for JavaScript and TypeScript
 * @param module      the top-level module as imported: {@code yaml} for {@code import yaml.constructor},
 *                    {@code @scope/name} for {@code @scope/name/sub}, {@code lodash} for {@code lodash/fp}
 * @param packageName the package that most likely provides it: for npm the module itself; for Python the
 *                    distribution from {@link ImportNames}' small alias table, else the module name. An uncertain
 *                    guess: an import name need not match any distribution name
 * @param standard    whether the module is part of the language's standard library or runtime
 */
public record SourceImport(String path, int line, Ecosystem ecosystem, String module, String packageName,
        boolean standard) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Canonical constructor: checks required fields. */
    public SourceImport {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(ecosystem, "ecosystem");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(packageName, "packageName");
    }
}
