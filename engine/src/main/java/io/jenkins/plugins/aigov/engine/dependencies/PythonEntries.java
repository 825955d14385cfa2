package io.jenkins.plugins.aigov.engine.dependencies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reading helpers shared by the TOML-based Python manifests. */
final class PythonEntries {
    private static final String[] SOURCES = {"git", "path", "url", "file"};

    private PythonEntries() {
    }

    /** Each string of an array as a PEP 508 requirement. */
    static void requirements(final Node array, final String scope, final DependencyKind kind, final Collector out) {
        if (array == null) {
            return;
        }
        if (!array.isArray()) {
            out.problem(array.line(), scope + " is not an array; skipped");
            return;
        }
        for (Node item : array.items()) {
            if (item.isString()) {
                requirement(item.text(), scope, item.line(), kind, new ArrayList<>(), out);
            }
        }
    }

    /** One PEP 508 string; a bad one is a problem. */
    static void requirement(final String text, final String scope, final int line, final DependencyKind kind,
            final List<String> extraNotes, final Collector out) {
        Pep508.parse(text).ifPresentOrElse(requirement -> {
            List<String> notes = new ArrayList<>(requirement.notes());
            notes.addAll(extraNotes);
            boolean registry = requirement.url() == null;
            if (!registry) {
                notes.add("direct reference " + requirement.url() + "; not from the registry");
            }
            out.add(requirement.name(), requirement.version(), scope, line, kind, registry, notes);
        }, () -> out.problem(line, "not a valid requirement: " + shorten(text)));
    }

    /**
     * A table of {@code name = "spec"} or {@code name = {version = …, git/path/url/file = …}} (Poetry, Pipfile);
     * the {@code python} entry is skipped.
     */
    static void table(final Node table, final String scope, final Collector out) {
        if (table == null) {
            return;
        }
        for (Map.Entry<String, Node> entry : table.fields().entrySet()) {
            if ("python".equalsIgnoreCase(entry.getKey())) {
                continue;
            }
            Node value = entry.getValue();
            List<Node> constraints = value.isArray() ? value.items() : List.of(value);
            for (Node constraint : constraints) {
                one(entry.getKey(), constraint, scope, value.isArray() ? constraint.line() : value.line(), out);
            }
        }
    }

    private static void one(final String name, final Node value, final String scope, final int line,
            final Collector out) {
        List<String> notes = new ArrayList<>();
        if (!value.isObject()) {
            out.add(name, value.text(), scope, line, DependencyKind.DIRECT, true, notes);
            return;
        }
        boolean registry = true;
        for (String source : SOURCES) {
            if (value.text(source) != null) {
                registry = false;
                notes.add(source + " " + value.text(source) + "; not from the registry");
            }
        }
        Node extras = value.get("extras");
        if (extras != null && extras.isArray()) {
            notes.add("extras " + extras.items().stream().map(Node::text).toList());
        }
        for (String key : new String[] {"markers", "python", "platform", "index", "source"}) {
            if (value.text(key) != null) {
                notes.add(key + " " + value.text(key));
            }
        }
        if ("true".equals(value.text("optional"))) {
            notes.add("optional");
        }
        out.add(name, value.text("version"), scope, line, DependencyKind.DIRECT, registry, notes);
    }

    static String shorten(final String text) {
        String value = text.strip();
        return value.length() > 120 ? value.substring(0, 120) + "…" : value;
    }
}
