package io.jenkins.plugins.aigov.engine.dependencies;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The dependencies a change adds or re-versions: what the gates check by default. Names are compared by
 * ecosystem and {@link Dependency#normalisedName() normalised name}, so moving a declaration, reformatting it or
 * changing its spelling's case is no change; a name is {@link DependencyChange.Type#ADDED} when base has no
 * dependency of that name, and {@link DependencyChange.Type#VERSION_CHANGED} when base has it but never with the
 * head's version. Kinds are not compared (a managed version that becomes a direct dependency is not new).
 */
public final class ManifestDiff {
    private ManifestDiff() {
    }

    /**
     * Compares one manifest at two revisions.
     *
     * @param base the result at base, or {@code null} when the file is new
     * @param head the result at head
     * @return the added and changed dependencies at head, in head's order, one per name and version
     */
    public static List<DependencyChange> changes(final ManifestParseResult base, final ManifestParseResult head) {
        Objects.requireNonNull(head, "head");
        return changes(base == null ? List.of() : base.dependencies(), head.dependencies());
    }

    /** Compares any two sets of dependencies, e.g. all manifests of a project at base and at head. */
    public static List<DependencyChange> changes(final Collection<Dependency> base,
            final Collection<Dependency> head) {
        Map<String, Set<String>> versionsAtBase = new HashMap<>();
        for (Dependency dependency : base) {
            versionsAtBase.computeIfAbsent(key(dependency), k -> new LinkedHashSet<>())
                    .add(String.valueOf(dependency.version()));
        }
        List<DependencyChange> changes = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Dependency dependency : head) {
            String key = key(dependency);
            if (!seen.add(key + "\u0000" + dependency.version())) {
                continue;
            }
            Set<String> before = versionsAtBase.get(key);
            if (before == null) {
                changes.add(new DependencyChange(DependencyChange.Type.ADDED, dependency, null));
            } else if (!before.contains(String.valueOf(dependency.version()))) {
                changes.add(new DependencyChange(DependencyChange.Type.VERSION_CHANGED, dependency,
                        before.iterator().next().equals("null") ? null : before.iterator().next()));
            }
        }
        return changes;
    }

    private static String key(final Dependency dependency) {
        return dependency.ecosystem() + "\u0000" + dependency.normalisedName();
    }
}
