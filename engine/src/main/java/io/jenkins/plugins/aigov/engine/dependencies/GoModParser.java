package io.jenkins.plugins.aigov.engine.dependencies;

import java.util.ArrayList;
import java.util.List;

/**
 * Go {@code go.mod}: {@code require} lines, single and in blocks ({@code // indirect} ones become
 * {@link DependencyKind#TRANSITIVE_LOCKED} with a note), and {@code replace} directives: a module replaced by a
 * local directory is marked as not from the registry; one replaced by another module gets a note, and the
 * replacement is added as a dependency of its own. {@code exclude}, {@code retract}, {@code tool}, {@code go} and
 * {@code toolchain} are ignored.
 */
final class GoModParser {
    private GoModParser() {
    }

    /** One require line, kept until the replaces are known. */
    private static final class Require {
        private final String module;
        private final String version;
        private final int line;
        private final DependencyKind kind;
        private final List<String> notes = new ArrayList<>();
        private boolean registry = true;

        Require(final String module, final String version, final int line, final DependencyKind kind) {
            this.module = module;
            this.version = version;
            this.line = line;
            this.kind = kind;
        }
    }

    static ManifestParseResult parse(final String path, final String text) {
        Collector out = new Collector(path, Ecosystem.GO);
        List<String> lines = ManifestText.lines(text, out);
        List<Require> requires = new ArrayList<>();
        List<Runnable> replacements = new ArrayList<>();
        String block = null;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            int comment = raw.indexOf("//");
            String code = (comment < 0 ? raw : raw.substring(0, comment)).strip();
            String remark = comment < 0 ? "" : raw.substring(comment + 2).strip();
            if (code.isEmpty()) {
                continue;
            }
            List<String> tokens = tokens(code);
            String verb;
            if (block != null) {
                if (")".equals(code)) {
                    block = null;
                    continue;
                }
                verb = block;
            } else {
                verb = tokens.remove(0);
                if (tokens.size() == 1 && "(".equals(tokens.get(0))) {
                    block = verb;
                    continue;
                }
            }
            directive(verb, tokens, i + 1, remark, requires, replacements, out);
        }
        replacements.forEach(Runnable::run);
        for (Require require : requires) {
            out.add(require.module, require.version, null, require.line, require.kind, require.registry,
                    require.notes);
        }
        return out.result();
    }

    private static void directive(final String verb, final List<String> tokens, final int line, final String remark,
            final List<Require> requires, final List<Runnable> replacements, final Collector out) {
        if ("require".equals(verb)) {
            if (tokens.size() < 2) {
                out.problem(line, "require without module and version; skipped");
                return;
            }
            boolean indirect = remark.equals("indirect") || remark.startsWith("indirect;");
            Require require = new Require(tokens.get(0), tokens.get(1), line,
                    indirect ? DependencyKind.TRANSITIVE_LOCKED : DependencyKind.DIRECT);
            if (indirect) {
                require.notes.add("indirect");
            }
            requires.add(require);
        } else if ("replace".equals(verb)) {
            int arrow = tokens.indexOf("=>");
            if (arrow < 1 || arrow == tokens.size() - 1) {
                out.problem(line, "replace without 'old => new'; skipped");
                return;
            }
            String old = tokens.get(0);
            String target = tokens.get(arrow + 1);
            String targetVersion = arrow + 2 < tokens.size() ? tokens.get(arrow + 2) : null;
            replacements.add(() -> replace(old, target, targetVersion, line, requires));
        }
    }

    private static void replace(final String old, final String target, final String version, final int line,
            final List<Require> requires) {
        boolean local = target.startsWith("./") || target.startsWith("../") || target.startsWith("/");
        List<Require> originals = new ArrayList<>(requires);
        for (Require require : originals) {
            if (require.module.equals(old)) {
                require.notes.add("replaced by " + target + (version == null ? "" : " " + version) + " (go.mod:"
                        + line + ")");
                require.registry &= !local;
            }
        }
        if (!local) {
            Require replacement = new Require(target, version, line, DependencyKind.DIRECT);
            replacement.notes.add("replacement for " + old);
            requires.add(replacement);
        }
    }

    /** White-space separated tokens; {@code "…"} and {@code `…`} are single tokens without their quotes. */
    private static List<String> tokens(final String code) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '`') {
                int end = code.indexOf(c, i + 1);
                end = end < 0 ? code.length() : end;
                tokens.add(code.substring(i + 1, end).replace("\\\"", "\""));
                i = end + 1;
            } else {
                int end = i;
                while (end < code.length() && !Character.isWhitespace(code.charAt(end))) {
                    end++;
                }
                tokens.add(code.substring(i, end));
                i = end;
            }
        }
        return tokens;
    }
}
