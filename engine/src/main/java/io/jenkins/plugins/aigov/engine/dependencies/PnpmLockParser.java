package io.jenkins.plugins.aigov.engine.dependencies;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code pnpm-lock.yaml}, lockfile versions 6 to 9. The {@code importers} (or, in single-project v6 files, the
 * top-level {@code dependencies} sections) give the packages each project asks for, as
 * {@link DependencyKind#LOCKED} with {@code specifier} and resolved {@code version}; the {@code packages} keys
 * ({@code /name@1.2.3} in v6, {@code name@1.2.3} in v9, peer suffixes like {@code (react@18.2.0)} dropped) give the
 * rest as {@link DependencyKind#TRANSITIVE_LOCKED}.
 */
final class PnpmLockParser {
    private static final String[] SECTIONS = {"dependencies", "devDependencies", "optionalDependencies"};

    private PnpmLockParser() {
    }

    static ManifestParseResult parse(final String path, final String text) {
        Collector out = new Collector(path, Ecosystem.NPM);
        Tree tree = TreeReader.yaml(text);
        tree.report(out, "YAML");
        Node root = tree.root();
        Set<String> direct = new HashSet<>();
        Node importers = root.get("importers");
        if (importers != null) {
            importers.fields().forEach((project, node) -> importer(project, node, direct, out));
        } else {
            importer(".", root, direct, out);
        }
        Node packages = root.get("packages");
        if (packages != null) {
            packages.fields().forEach((key, node) -> lockedPackage(key, node, direct, out));
        }
        return out.result();
    }

    private static void importer(final String project, final Node importer, final Set<String> direct,
            final Collector out) {
        for (String section : SECTIONS) {
            Node node = importer.get(section);
            if (node == null) {
                continue;
            }
            for (Map.Entry<String, Node> entry : node.fields().entrySet()) {
                Node value = entry.getValue();
                String version = value.isObject() ? value.text("version") : value.text();
                String specifier = value.isObject() ? value.text("specifier") : null;
                NpmSpec spec = spec(entry.getKey(), version);
                List<String> notes = new ArrayList<>(spec.notes());
                if (specifier != null) {
                    notes.add("specifier " + specifier);
                }
                if (!".".equals(project)) {
                    notes.add("workspace project " + project);
                }
                String resolved = spec.version();
                direct.add(spec.name() + "@" + resolved);
                out.add(spec.name(), resolved, section, value.line(), DependencyKind.LOCKED, spec.registry(), notes);
            }
        }
    }

    private static void lockedPackage(final String key, final Node node, final Set<String> direct,
            final Collector out) {
        String id = withoutPeers(key.startsWith("/") ? key.substring(1) : key);
        String[] nameAndVersion = NpmSpec.splitNameVersion(id);
        if (nameAndVersion[1].isEmpty()) {
            out.problem(node.line(), "package key '" + key + "' is not name@version (lockfile v5?); skipped");
            return;
        }
        if (direct.contains(nameAndVersion[0] + "@" + nameAndVersion[1])) {
            return;
        }
        List<String> notes = new ArrayList<>();
        boolean registry = Character.isDigit(nameAndVersion[1].charAt(0));
        if (!registry) {
            notes.add("source " + nameAndVersion[1] + "; not from the registry");
        }
        Node resolution = node.get("resolution");
        if (resolution != null && resolution.text("integrity") != null) {
            notes.add("integrity " + resolution.text("integrity"));
        }
        out.add(nameAndVersion[0], nameAndVersion[1], "true".equals(node.text("dev")) ? "dev" : null, node.line(),
                DependencyKind.TRANSITIVE_LOCKED, registry, notes);
    }

    /** A resolved importer version: {@code 1.2.3}, {@code real@1.2.3} (an alias), {@code link:…} and such. */
    private static NpmSpec spec(final String name, final String version) {
        String value = withoutPeers(version == null ? "" : version.strip());
        value = value.startsWith("/") ? value.substring(1) : value;
        boolean alias = !value.isEmpty() && !Character.isDigit(value.charAt(0)) && value.indexOf('@', 1) > 0
                && value.indexOf(':') < 0;
        return NpmSpec.of(name, alias ? "npm:" + value : value);
    }

    private static String withoutPeers(final String version) {
        int paren = version.indexOf('(');
        return paren < 0 ? version : version.substring(0, paren);
    }
}
