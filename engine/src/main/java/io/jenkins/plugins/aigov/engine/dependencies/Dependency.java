package io.jenkins.plugins.aigov.engine.dependencies;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One dependency as a manifest declares it, with the line that declares it.
 *
 * @param ecosystem      where the package comes from
 * @param name           the package name as declared after resolving aliases and renames (npm {@code npm:} aliases,
 *                       Cargo {@code package =}); Maven names are {@code groupId:artifactId}
 * @param normalisedName {@link Ecosystem#normalise(String) normalised} name, the key to compare and look up
 * @param version        the version or range as declared (properties resolved where possible), or {@code null}
 * @param scope          the section or scope it is declared in, e.g. {@code test}, {@code devDependencies},
 *                       {@code testImplementation}, {@code dev-dependencies}; {@code null} where none
 * @param manifest       repository-relative path of the file that declares it
 * @param line           1-based line of the declaration
 * @param kind           how it is declared
 * @param registry       whether it is meant to be fetched from the ecosystem's package registry; {@code false} for
 *                       paths, links, workspaces, git and URL sources, which registry checks must skip
 * @param notes          remarks for a reader, e.g. {@code alias of string-width}, {@code unresolved ${x}}
 */
public record Dependency(Ecosystem ecosystem, String name, String normalisedName, String version, String scope,
        String manifest, int line, DependencyKind kind, boolean registry, List<String> notes)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Canonical constructor: checks required fields and copies the notes. */
    public Dependency {
        Objects.requireNonNull(ecosystem, "ecosystem");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(kind, "kind");
        normalisedName = normalisedName == null ? ecosystem.normalise(name) : normalisedName;
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A dependency whose normalised name is computed from its name. */
    public static Dependency of(final Ecosystem ecosystem, final String name, final String version,
            final String scope, final String manifest, final int line, final DependencyKind kind,
            final boolean registry, final List<String> notes) {
        return new Dependency(ecosystem, name, null, version, scope, manifest, line, kind, registry, notes);
    }

    /** Where it is declared, {@code path:line}. */
    public String location() {
        return manifest + ":" + line;
    }

    /** This dependency with another kind and one more note. */
    Dependency with(final DependencyKind newKind, final String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new Dependency(ecosystem, name, normalisedName, version, scope, manifest, line, newKind, registry,
                more);
    }
}
