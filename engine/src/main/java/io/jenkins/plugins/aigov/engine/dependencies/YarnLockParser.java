package io.jenkins.plugins.aigov.engine.dependencies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code yarn.lock} in both formats. Classic (v1): entries {@code "a@^1", a@~1.2:} followed by indented
 * {@code version "1.2.3"}, {@code resolved "…"} and {@code integrity …} lines. Berry (v2+, detected by
 * {@code __metadata}): YAML whose keys are descriptors such as {@code "a@npm:^1, a@npm:^1.2"} with
 * {@code version}, {@code resolution} and {@code checksum}. Each entry is one {@link DependencyKind#LOCKED}
 * dependency per distinct package name; yarn does not record which entries the project asked for directly.
 */
final class YarnLockParser {
    private YarnLockParser() {
    }

    static ManifestParseResult parse(final String path, final String text) {
        Collector out = new Collector(path, Ecosystem.NPM);
        if (isBerry(text)) {
            berry(text, out);
        } else {
            classic(ManifestText.lines(text, out), out);
        }
        return out.result();
    }

    private static boolean isBerry(final String text) {
        return text.contains("\n__metadata:") || text.startsWith("__metadata:");
    }

    private static void classic(final List<String> lines, final Collector out) {
        String header = null;
        int headerLine = 0;
        String version = null;
        String resolved = null;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            boolean top = !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#");
            if (top || i == lines.size()) {
                if (header != null) {
                    classicEntry(header, headerLine, version, resolved, out);
                }
                header = null;
                version = null;
                resolved = null;
            }
            if (top) {
                if (!line.endsWith(":")) {
                    out.problem(i + 1, "malformed yarn.lock entry header (no ':' at the end); skipped");
                } else {
                    header = line.substring(0, line.length() - 1);
                    headerLine = i + 1;
                }
            } else if (header != null && line.startsWith("  ") && !line.startsWith("   ")) {
                String field = line.strip();
                if (field.startsWith("version ")) {
                    version = unquote(field.substring("version ".length()));
                } else if (field.startsWith("resolved ")) {
                    resolved = unquote(field.substring("resolved ".length()));
                }
            }
        }
    }

    private static void classicEntry(final String header, final int line, final String version,
            final String resolved, final Collector out) {
        Map<String, NpmSpec> specs = new LinkedHashMap<>();
        for (String descriptor : header.split(",")) {
            String[] nameAndSpec = NpmSpec.splitNameVersion(unquote(descriptor.strip()));
            NpmSpec spec = NpmSpec.of(nameAndSpec[0], nameAndSpec[1]);
            specs.putIfAbsent(spec.name(), spec);
        }
        for (NpmSpec spec : specs.values()) {
            List<String> notes = new ArrayList<>(spec.notes());
            if (resolved != null) {
                notes.add("resolved " + resolved);
            }
            out.add(spec.name(), version, null, line, DependencyKind.LOCKED, spec.registry(), notes);
        }
    }

    private static void berry(final String text, final Collector out) {
        Tree tree = TreeReader.yaml(text);
        tree.report(out, "YAML");
        for (Map.Entry<String, Node> entry : tree.root().fields().entrySet()) {
            if ("__metadata".equals(entry.getKey()) || !entry.getValue().isObject()) {
                continue;
            }
            Node value = entry.getValue();
            String resolution = value.text("resolution");
            String descriptor = resolution != null ? resolution : entry.getKey().split(",")[0].strip();
            String[] nameAndSpec = NpmSpec.splitNameVersion(descriptor);
            String protocol = nameAndSpec[1].contains(":") ? nameAndSpec[1].substring(0,
                    nameAndSpec[1].indexOf(':') + 1) : "npm:";
            List<String> notes = new ArrayList<>();
            notes.add("resolution " + descriptor);
            boolean registry = "npm:".equals(protocol);
            if (!registry) {
                notes.add(protocol + " dependency; not from the registry");
            }
            if (value.text("checksum") != null) {
                notes.add("checksum " + value.text("checksum"));
            }
            out.add(nameAndSpec[0], value.text("version"), null, value.line(), DependencyKind.LOCKED, registry,
                    notes);
        }
    }

    private static String unquote(final String value) {
        String v = value.strip();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
