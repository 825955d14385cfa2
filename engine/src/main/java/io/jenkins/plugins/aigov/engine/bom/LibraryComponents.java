package io.jenkins.plugins.aigov.engine.bom;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.jenkins.plugins.aigov.engine.dependencies.Dependency;
import io.jenkins.plugins.aigov.engine.dependencies.DependencyKind;
import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;

/**
 * The project's dependencies as {@code library} components, one per package and version, with their declarations
 * merged: a range declared in a manifest joins the single exact version a lock file pins for the same package.
 * Adds the graph edges project → direct dependencies and, where a lock file names the parent of an entry (a note
 * {@code required by NAME} or {@code required by NAME@VERSION}), parent → child.
 * {@link DependencyKind#MANAGED} entries only pin versions and are left out.
 */
final class LibraryComponents {
    private static final Pattern REQUIRED_BY = Pattern.compile("(?i)^required by\\s+(\\S+)\\s*$");

    private final Map<String, Library> libraries = new TreeMap<>();

    /** One component under construction. */
    private static final class Library {
        final String ref;
        final Ecosystem ecosystem;
        final String normalisedName;
        final String version;
        final List<Dependency> declarations = new ArrayList<>();

        Library(final String ref, final Ecosystem ecosystem, final String normalisedName, final String version) {
            this.ref = ref;
            this.ecosystem = ecosystem;
            this.normalisedName = normalisedName;
            this.version = version;
        }
    }

    LibraryComponents(final Collection<Dependency> dependencies) {
        Map<String, List<Dependency>> byPackage = new LinkedHashMap<>();
        dependencies.stream().filter(d -> d.kind() != DependencyKind.MANAGED)
                .sorted(Comparator.comparing(Dependency::manifest).thenComparingInt(Dependency::line)
                        .thenComparing(Dependency::name))
                .forEach(d -> byPackage.computeIfAbsent(packageKey(d), key -> new ArrayList<>()).add(d));
        byPackage.values().forEach(this::addPackage);
    }

    private static String packageKey(final Dependency dependency) {
        return dependency.ecosystem() + "|" + dependency.registry() + "|" + dependency.normalisedName();
    }

    private void addPackage(final List<Dependency> declarations) {
        List<String> exact = declarations.stream().map(DeclaredVersions::exact).filter(Objects::nonNull)
                .distinct().toList();
        for (Dependency declaration : declarations) {
            String version = DeclaredVersions.exact(declaration);
            if (version == null && exact.size() == 1) {
                version = exact.get(0);
            }
            String ref = ref(declaration, version);
            String resolved = version;
            libraries.computeIfAbsent(ref, key -> new Library(key, declaration.ecosystem(),
                    declaration.normalisedName(), resolved)).declarations.add(declaration);
        }
    }

    private static String ref(final Dependency dependency, final String version) {
        String purl = dependency.registry() ? Purls.of(dependency.ecosystem(), dependency.name(), version) : null;
        if (purl != null) {
            return purl;
        }
        return "dependency:" + dependency.ecosystem().purlType() + "/" + dependency.normalisedName()
                + (version == null ? "" : "@" + version);
    }

    /** The components, sorted by bom-ref. */
    List<ObjectNode> components() {
        List<ObjectNode> components = new ArrayList<>();
        libraries.values().forEach(library -> components.add(component(library)));
        return components;
    }

    /** Adds project → direct and parent → child edges, and a node for every library. */
    void addEdges(final DependencyGraph graph, final String projectRef) {
        for (Library library : libraries.values()) {
            graph.node(library.ref);
            boolean direct = library.declarations.stream()
                    .anyMatch(d -> d.kind() != DependencyKind.TRANSITIVE_LOCKED);
            if (direct) {
                graph.edge(projectRef, library.ref);
            }
            for (Dependency declaration : library.declarations) {
                for (String note : declaration.notes()) {
                    Matcher matcher = REQUIRED_BY.matcher(note.strip());
                    if (matcher.matches()) {
                        parents(library.ecosystem, matcher.group(1)).forEach(parent -> graph.edge(parent, library.ref));
                    }
                }
            }
        }
    }

    private List<String> parents(final Ecosystem ecosystem, final String spec) {
        int at = spec.lastIndexOf('@');
        String name = at > 0 ? spec.substring(0, at) : spec;
        String version = at > 0 ? spec.substring(at + 1) : null;
        String normalised = ecosystem.normalise(name);
        return libraries.values().stream()
                .filter(l -> l.ecosystem == ecosystem && l.normalisedName.equals(normalised))
                .filter(l -> version == null || version.equals(l.version))
                .map(l -> l.ref).toList();
    }

    private static ObjectNode component(final Library library) {
        Dependency first = library.declarations.get(0);
        ObjectNode node = BomJson.object().put("type", "library").put("bom-ref", library.ref);
        String[] groupAndName = groupAndName(first);
        if (groupAndName[0] != null) {
            node.put("group", groupAndName[0]);
        }
        node.put("name", groupAndName[1]);
        if (library.version != null) {
            node.put("version", library.version);
        }
        boolean required = library.declarations.stream().anyMatch(DependencyScopes::isRequired);
        node.put("scope", required ? "required" : "optional");
        if (library.ref.startsWith("pkg:")) {
            node.put("purl", library.ref);
        }
        ArrayNode occurrences = node.putObject("evidence").putArray("occurrences");
        Props props = new Props().add("aigov:ecosystem", library.ecosystem.purlType());
        for (Dependency declaration : library.declarations) {
            occurrences.addObject().put("location", declaration.manifest()).put("line", declaration.line());
            props.add("aigov:manifest", declaration.location())
                    .add("aigov:dependencyKind", declaration.kind().name().toLowerCase(Locale.ROOT))
                    .add("aigov:declaredScope", declaration.scope())
                    .addAll("aigov:note", declaration.notes());
            if (DeclaredVersions.exact(declaration) == null) {
                props.add("aigov:declaredVersion", declaration.version());
            }
            if (!declaration.registry()) {
                props.add("aigov:registry", "false");
            }
        }
        props.putInto(node);
        return node;
    }

    /** Maven {@code groupId} / npm scope as group, and the rest as name. */
    private static String[] groupAndName(final Dependency dependency) {
        String name = dependency.name();
        if (dependency.ecosystem() == Ecosystem.MAVEN && name.indexOf(':') > 0) {
            return new String[] {name.substring(0, name.indexOf(':')), name.substring(name.indexOf(':') + 1)};
        }
        if (dependency.ecosystem() == Ecosystem.NPM && name.startsWith("@") && name.indexOf('/') > 0) {
            return new String[] {name.substring(0, name.indexOf('/')), name.substring(name.indexOf('/') + 1)};
        }
        return new String[] {null, name};
    }
}
