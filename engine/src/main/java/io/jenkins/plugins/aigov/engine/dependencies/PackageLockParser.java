package io.jenkins.plugins.aigov.engine.dependencies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * npm {@code package-lock.json} and {@code npm-shrinkwrap.json}. Versions 2 and 3: the {@code packages} map, whose
 * {@code node_modules/x} keys are {@link DependencyKind#LOCKED} and nested {@code node_modules/a/node_modules/b}
 * keys {@link DependencyKind#TRANSITIVE_LOCKED}; {@code name} (aliases), {@code version}, {@code resolved},
 * {@code integrity}, {@code link} and the {@code dev}/{@code optional}/{@code peer} flags are read. Version 1: the
 * nested {@code dependencies} tree, with a note. The root entry and workspace folders are the project itself.
 */
final class PackageLockParser {
    private static final String MODULES = "node_modules/";

    private PackageLockParser() {
    }

    static ManifestParseResult parse(final String path, final String text) {
        Collector out = new Collector(path, Ecosystem.NPM);
        Tree tree = TreeReader.json(text);
        tree.report(out, "JSON");
        Node root = tree.root();
        Node packages = root.get("packages");
        if (packages != null && packages.isObject()) {
            packages.fields().forEach((key, entry) -> entry(key, entry, out));
        } else if (root.get("dependencies") != null) {
            legacy(root.get("dependencies"), 0, out);
        }
        return out.result();
    }

    private static void entry(final String key, final Node entry, final Collector out) {
        int at = key.lastIndexOf(MODULES);
        if (at < 0 || !entry.isObject()) {
            return; // the root project or a workspace folder
        }
        String folderName = key.substring(at + MODULES.length());
        String name = entry.text("name") != null ? entry.text("name") : folderName;
        List<String> notes = new ArrayList<>();
        if (!name.equals(folderName)) {
            notes.add("alias " + folderName + " of " + name);
        }
        boolean registry = true;
        String resolved = entry.text("resolved");
        if ("true".equals(entry.text("link"))) {
            registry = false;
            notes.add("link to " + resolved + "; not from the registry");
        } else if (resolved != null && !resolved.contains("/-/")) {
            registry = !NpmSpec.of(name, resolved).notes().stream().anyMatch(n -> n.contains("not from"));
            notes.add("resolved " + resolved);
        } else if (resolved != null) {
            notes.add("resolved " + resolved);
        }
        if (entry.text("integrity") != null) {
            notes.add("integrity " + entry.text("integrity"));
        }
        String scope = flags(entry);
        boolean nested = key.indexOf(MODULES) != at;
        out.add(name, entry.text("version"), scope, entry.line(),
                nested ? DependencyKind.TRANSITIVE_LOCKED : DependencyKind.LOCKED, registry, notes);
    }

    private static String flags(final Node entry) {
        for (String flag : new String[] {"dev", "optional", "peer", "devOptional"}) {
            if ("true".equals(entry.text(flag))) {
                return flag;
            }
        }
        return null;
    }

    private static void legacy(final Node dependencies, final int depth, final Collector out) {
        if (!dependencies.isObject() || depth > TreeReader.MAX_DEPTH) {
            return;
        }
        for (Map.Entry<String, Node> item : dependencies.fields().entrySet()) {
            Node entry = item.getValue();
            String version = entry.text("version");
            NpmSpec spec = NpmSpec.of(item.getKey(), version);
            List<String> notes = new ArrayList<>(spec.notes());
            notes.add("lockfileVersion 1");
            out.add(spec.name(), spec.version(), flags(entry), entry.line(),
                    depth == 0 ? DependencyKind.LOCKED : DependencyKind.TRANSITIVE_LOCKED, spec.registry(), notes);
            if (entry.get("dependencies") != null) {
                legacy(entry.get("dependencies"), depth + 1, out);
            }
        }
    }
}
