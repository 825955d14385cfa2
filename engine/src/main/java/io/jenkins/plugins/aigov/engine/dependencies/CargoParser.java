package io.jenkins.plugins.aigov.engine.dependencies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rust {@code Cargo.toml}: {@code [dependencies]}, {@code [dev-dependencies]}, {@code [build-dependencies]}, the
 * same under {@code [target.'cfg(…)'.…]}, and {@code [workspace.dependencies]} (as {@link DependencyKind#MANAGED}).
 * A value is a version string or a table: {@code package = "real"} renames (the real crate is the dependency),
 * {@code path}/{@code git} sources are not from the registry, {@code registry = "x"} names another registry,
 * {@code workspace = true} takes the version from the workspace.
 */
final class CargoParser {
    private static final String[] SECTIONS = {"dependencies", "dev-dependencies", "build-dependencies",
        "dev_dependencies", "build_dependencies"};

    private CargoParser() {
    }

    static ManifestParseResult parse(final String path, final String text) {
        Collector out = new Collector(path, Ecosystem.CARGO);
        Tree tree = TomlReader.read(ManifestText.withoutLongLines(text, out));
        tree.report(out, "TOML");
        Node root = tree.root();
        Node workspace = root.at("workspace", "dependencies");
        sections(root, null, workspace, out);
        Node targets = root.get("target");
        if (targets != null) {
            targets.fields().forEach((target, node) -> sections(node, target, workspace, out));
        }
        if (workspace != null) {
            workspace.fields().forEach((name, value) -> dependency(name, value, "workspace", null, null,
                    DependencyKind.MANAGED, out));
        }
        return out.result();
    }

    private static void sections(final Node table, final String target, final Node workspace,
            final Collector out) {
        for (String section : SECTIONS) {
            Node node = table.get(section);
            if (node != null) {
                node.fields().forEach((name, value) -> dependency(name, value, section.replace('_', '-'), target,
                        workspace, DependencyKind.DIRECT, out));
            }
        }
    }

    private static void dependency(final String key, final Node value, final String scope, final String target,
            final Node workspace, final DependencyKind kind, final Collector out) {
        List<String> notes = new ArrayList<>();
        if (target != null) {
            notes.add("target " + target);
        }
        if (value.isString()) {
            out.add(key, value.text(), scope, value.line(), kind, true, notes);
            return;
        }
        if (!value.isObject()) {
            out.problem(value.line(), "dependency " + key + " is neither a version nor a table; skipped");
            return;
        }
        String name = key;
        if (value.text("package") != null) {
            name = value.text("package");
            notes.add("renamed: " + key + " is crate " + name);
        }
        boolean registry = true;
        for (String source : new String[] {"path", "git"}) {
            if (value.text(source) != null) {
                registry = false;
                notes.add(source + " " + value.text(source) + "; not from the registry");
            }
        }
        for (Map.Entry<String, Node> field : value.fields().entrySet()) {
            if ("registry".equals(field.getKey()) || "optional".equals(field.getKey())
                    || "workspace".equals(field.getKey())) {
                notes.add(field.getKey() + " = " + field.getValue().text());
            }
        }
        String version = value.text("version");
        if ("true".equals(value.text("workspace"))) {
            Node inherited = workspace == null ? null : workspace.get(key);
            if (inherited != null) {
                version = inherited.isString() ? inherited.text() : inherited.text("version");
                name = inherited.text("package") != null ? inherited.text("package") : name;
                registry = inherited.isString() || inherited.text("path") == null && inherited.text("git") == null;
                notes.add("from [workspace.dependencies] line " + inherited.line());
            }
        }
        out.add(name, version, scope, value.line(), kind, registry, notes);
    }
}
