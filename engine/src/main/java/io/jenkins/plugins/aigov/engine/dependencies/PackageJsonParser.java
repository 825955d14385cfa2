package io.jenkins.plugins.aigov.engine.dependencies;

import java.util.Map;

/**
 * npm {@code package.json}: {@code dependencies}, {@code devDependencies}, {@code peerDependencies} and
 * {@code optionalDependencies}; specifiers are interpreted by {@link NpmSpec}. The project's own name and version,
 * {@code overrides}, {@code resolutions} and {@code bundleDependencies} are not dependencies here.
 */
final class PackageJsonParser {
    private static final String[] SECTIONS = {"dependencies", "devDependencies", "peerDependencies",
        "optionalDependencies"};

    private PackageJsonParser() {
    }

    static ManifestParseResult parse(final String path, final String text) {
        Collector out = new Collector(path, Ecosystem.NPM);
        Tree tree = TreeReader.json(text);
        tree.report(out, "JSON");
        if (!tree.root().isObject()) {
            out.problem(tree.root().line(), "package.json is not a JSON object; nothing read");
            return out.result();
        }
        for (String section : SECTIONS) {
            Node node = tree.root().get(section);
            if (node == null) {
                continue;
            }
            if (!node.isObject()) {
                out.problem(node.line(), section + " is not an object; skipped");
                continue;
            }
            for (Map.Entry<String, Node> entry : node.fields().entrySet()) {
                NpmSpec spec = NpmSpec.of(entry.getKey(), entry.getValue().text());
                out.add(spec.name(), spec.version(), section, entry.getValue().line(), DependencyKind.DIRECT,
                        spec.registry(), spec.notes());
            }
        }
        return out.result();
    }
}
