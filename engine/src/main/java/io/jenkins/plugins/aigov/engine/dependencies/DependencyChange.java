package io.jenkins.plugins.aigov.engine.dependencies;

import java.io.Serializable;
import java.util.Objects;

/**
 * A dependency that is new at head or whose version changed, as found by {@link ManifestDiff}.
 *
 * @param type            whether the name is new or only the version changed
 * @param dependency      the dependency at head (its manifest and line say where to point)
 * @param previousVersion the version at base for {@link Type#VERSION_CHANGED}, else {@code null}
 */
public record DependencyChange(Type type, Dependency dependency, String previousVersion) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Canonical constructor: checks required fields. */
    public DependencyChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(dependency, "dependency");
    }

    /** What changed. */
    public enum Type {
        /** The name does not appear at base. */
        ADDED,
        /** The name appears at base, but not with this version. */
        VERSION_CHANGED
    }
}
