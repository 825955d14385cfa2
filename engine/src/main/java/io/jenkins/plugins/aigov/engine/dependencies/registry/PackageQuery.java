package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.io.Serializable;
import java.util.Objects;

import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;

/**
 * One package to look up.
 *
 * @param ecosystem the registry protocol to use
 * @param name      as the ecosystem spells it: {@code group:artifact} for Maven, {@code @scope/name} or {@code name}
 *                  for npm, the project name for PyPI, the module path for Go, the crate name for Cargo
 * @param version   the exact version to check, or {@code null} to check only that the package exists
 */
public record PackageQuery(Ecosystem ecosystem, String name, String version) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Canonical constructor: trims; an empty version means none. */
    public PackageQuery {
        Objects.requireNonNull(ecosystem, "ecosystem");
        Objects.requireNonNull(name, "name");
        name = name.strip();
        version = version == null || version.isBlank() ? null : version.strip();
    }

    /** A query for a package and version. */
    public static PackageQuery of(final Ecosystem ecosystem, final String name, final String version) {
        return new PackageQuery(ecosystem, name, version);
    }

    @Override
    public String toString() {
        return ecosystem + ":" + name + (version == null ? "" : "@" + version);
    }
}
