package io.jenkins.plugins.aigov.engine.dependencies;

import java.util.Map;

/**
 * Python {@code pyproject.toml}: PEP 621 {@code [project] dependencies} and {@code optional-dependencies} (scope =
 * the extra's name), PEP 735 {@code [dependency-groups]}, PEP 518 {@code [build-system] requires} (as
 * {@link DependencyKind#PLUGIN}), and Poetry's {@code [tool.poetry.dependencies]},
 * {@code [tool.poetry.group.<name>.dependencies]} and legacy {@code [tool.poetry.dev-dependencies]} (the
 * {@code python} entry is not a package).
 */
final class PyprojectParser {
    private PyprojectParser() {
    }

    static ManifestParseResult parse(final String path, final String text) {
        Collector out = new Collector(path, Ecosystem.PYPI);
        Tree tree = TomlReader.read(ManifestText.withoutLongLines(text, out));
        tree.report(out, "TOML");
        Node root = tree.root();
        PythonEntries.requirements(root.at("build-system", "requires"), "build-system", DependencyKind.PLUGIN, out);
        Node project = root.get("project");
        if (project != null) {
            PythonEntries.requirements(project.get("dependencies"), "dependencies", DependencyKind.DIRECT, out);
            Node optional = project.get("optional-dependencies");
            if (optional != null) {
                optional.fields().forEach((extra, array) -> PythonEntries.requirements(array, extra,
                        DependencyKind.DIRECT, out));
            }
        }
        Node groups = root.get("dependency-groups");
        if (groups != null) {
            groups.fields().forEach((group, array) -> PythonEntries.requirements(array, group,
                    DependencyKind.DIRECT, out));
        }
        Node poetry = root.at("tool", "poetry");
        if (poetry != null) {
            PythonEntries.table(poetry.get("dependencies"), "main", out);
            PythonEntries.table(poetry.get("dev-dependencies"), "dev", out);
            Node poetryGroups = poetry.get("group");
            if (poetryGroups != null) {
                for (Map.Entry<String, Node> group : poetryGroups.fields().entrySet()) {
                    PythonEntries.table(group.getValue().get("dependencies"), group.getKey(), out);
                }
            }
        }
        return out.result();
    }
}
