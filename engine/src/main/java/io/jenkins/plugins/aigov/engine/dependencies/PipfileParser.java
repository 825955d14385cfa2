package io.jenkins.plugins.aigov.engine.dependencies;

import java.util.Map;
import java.util.Set;

/**
 * Pipenv {@code Pipfile}: {@code [packages]}, {@code [dev-packages]} and custom package categories; values are a
 * version ({@code "*"}, {@code ">=1.2"}) or a table with {@code version}, {@code extras}, {@code markers} or a
 * {@code git}/{@code path}/{@code file} source. {@code [[source]]}, {@code [requires]}, {@code [scripts]} and
 * {@code [pipenv]} are not packages.
 */
final class PipfileParser {
    private static final Set<String> NOT_PACKAGES = Set.of("source", "requires", "scripts", "pipenv");

    private PipfileParser() {
    }

    static ManifestParseResult parse(final String path, final String text) {
        Collector out = new Collector(path, Ecosystem.PYPI);
        Tree tree = TomlReader.read(ManifestText.withoutLongLines(text, out));
        tree.report(out, "TOML");
        for (Map.Entry<String, Node> section : tree.root().fields().entrySet()) {
            if (!NOT_PACKAGES.contains(section.getKey()) && section.getValue().isObject()) {
                PythonEntries.table(section.getValue(), section.getKey(), out);
            }
        }
        return out.result();
    }
}
