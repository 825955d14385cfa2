package io.jenkins.plugins.aigov.engine.dependencies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Gradle version catalog ({@code gradle/libs.versions.toml}): {@code [versions]}, {@code [libraries]} (string
 * {@code "g:a:v"}, {@code module = "g:a"} or {@code group}/{@code name}, with {@code version}, {@code version.ref}
 * or a rich version table), {@code [bundles]} and {@code [plugins]} ({@code id} + version, or {@code "id:v"}).
 * Aliases are looked up the way build scripts spell them: {@code spring-boot_starter} is
 * {@code libs.spring.boot.starter}.
 */
final class VersionCatalog {
    /** One library or plugin of the catalog. */
    record Entry(String alias, String name, String version, int line, List<String> notes) {
    }

    private final String path;
    private final Map<String, Entry> libraries = new LinkedHashMap<>();
    private final Map<String, Entry> plugins = new LinkedHashMap<>();
    private final Map<String, List<String>> bundles = new LinkedHashMap<>();
    private final Map<String, String> versions = new LinkedHashMap<>();

    private VersionCatalog(final String path) {
        this.path = path;
    }

    String path() {
        return path;
    }

    /** Reads a catalog; problems go to {@code out}, whose path is the catalog's. */
    static VersionCatalog read(final String text, final Collector out) {
        VersionCatalog catalog = new VersionCatalog(out.path());
        Tree tree = TomlReader.read(ManifestText.withoutLongLines(text, out));
        tree.report(out, "TOML");
        Node root = tree.root();
        Node versions = root.get("versions");
        if (versions != null) {
            versions.fields().forEach((key, value) -> catalog.versions.put(key, richVersion(value)));
        }
        Node libraries = root.get("libraries");
        if (libraries != null) {
            libraries.fields().forEach((alias, value) -> catalog.library(alias, value, out));
        }
        Node plugins = root.get("plugins");
        if (plugins != null) {
            plugins.fields().forEach((alias, value) -> catalog.plugin(alias, value, out));
        }
        Node bundles = root.get("bundles");
        if (bundles != null) {
            bundles.fields().forEach((alias, value) -> catalog.bundles.put(accessor(alias),
                    value.items().stream().map(Node::text).filter(t -> t != null).map(VersionCatalog::accessor)
                            .toList()));
        }
        return catalog;
    }

    private void library(final String alias, final Node value, final Collector out) {
        List<String> notes = new ArrayList<>();
        String name;
        String version;
        if (value.isString()) {
            String[] parts = value.text().split(":", -1);
            if (parts.length < 2) {
                out.problem(value.line(), "library '" + alias + "' is not group:name[:version]; skipped");
                return;
            }
            name = parts[0] + ":" + parts[1];
            version = parts.length > 2 ? parts[2] : null;
        } else {
            String module = value.text("module");
            name = module != null ? module
                    : value.text("group") != null && value.text("name") != null
                            ? value.text("group") + ":" + value.text("name") : null;
            version = version(value.get("version"), notes);
        }
        if (name == null || !name.contains(":")) {
            out.problem(value.line(), "library '" + alias + "' has no module or group and name; skipped");
            return;
        }
        libraries.put(accessor(alias), new Entry(alias, name, version, value.line(), notes));
    }

    private void plugin(final String alias, final Node value, final Collector out) {
        List<String> notes = new ArrayList<>();
        String id;
        String version;
        if (value.isString()) {
            int colon = value.text().indexOf(':');
            id = colon < 0 ? value.text() : value.text().substring(0, colon);
            version = colon < 0 ? null : value.text().substring(colon + 1);
        } else {
            id = value.text("id");
            version = version(value.get("version"), notes);
        }
        if (id == null || id.isBlank()) {
            out.problem(value.line(), "plugin '" + alias + "' has no id; skipped");
            return;
        }
        plugins.put(accessor(alias), new Entry(alias, id, version, value.line(), notes));
    }

    /** A {@code version} value: a string, {@code {ref = "x"}} (from {@code version.ref}) or a rich version. */
    private String version(final Node version, final List<String> notes) {
        if (version == null) {
            return null;
        }
        if (version.isString()) {
            return version.text();
        }
        String ref = version.text("ref");
        if (ref != null) {
            String resolved = versions.get(ref);
            if (resolved == null) {
                notes.add("version.ref '" + ref + "' is not in [versions]");
            }
            return resolved;
        }
        return richVersion(version);
    }

    private static String richVersion(final Node value) {
        if (value.isString() || !value.isObject()) {
            return value.text();
        }
        for (String key : new String[] {"strictly", "require", "prefer"}) {
            if (value.text(key) != null) {
                return value.text(key);
            }
        }
        return null;
    }

    /** The accessor form of an alias: separators become dots, lower case. */
    static String accessor(final String alias) {
        return alias.replace('-', '.').replace('_', '.').toLowerCase(Locale.ROOT);
    }

    Map<String, Entry> libraries() {
        return libraries;
    }

    Map<String, Entry> plugins() {
        return plugins;
    }

    Entry library(final String accessor) {
        return libraries.get(accessor(accessor));
    }

    Entry plugin(final String accessor) {
        return plugins.get(accessor(accessor));
    }

    List<String> bundle(final String accessor) {
        return bundles.get(accessor(accessor));
    }
}
