package io.jenkins.plugins.aigov.engine.dependencies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pip requirements files ({@code requirements*.txt}, {@code requirements/*.txt}, {@code *.in}): PEP 508 lines
 * with extras, specifiers and markers; comments; {@code \} line continuations; per-requirement options such as
 * {@code --hash} (ignored); {@code -r}/{@code --requirement} includes (their dependencies are added with their own
 * file and line) and {@code -c}/{@code --constraint} files (added as {@link DependencyKind#MANAGED});
 * {@code -e}/{@code --editable}, URLs, paths and archives, which are not from the index (named by {@code #egg=}
 * or the wheel's file name where possible). Other options ({@code --index-url} and such) are ignored.
 */
final class RequirementsParser {
    private static final Pattern OPTION = Pattern.compile(
            "(-r|--requirement|-c|--constraint|-e|--editable)(?:\\s*+=\\s*+|\\s++|(?=[^\\s-]))(\\S.*)");
    private static final Pattern NAMED_REFERENCE = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9._-]*+\\s*+(?:\\[[^\\]]*+\\])?\\s*+@");
    private static final Pattern COMMENT = Pattern.compile("\\s#");
    private static final Pattern EGG = Pattern.compile("[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)");
    private static final Pattern WHEEL = Pattern.compile("(?:^|/)([A-Za-z0-9][A-Za-z0-9._]*)-([0-9][^-/]*)"
            + "(?:-[^/]*)?\\.(?:whl|tar\\.gz|zip)$");

    /** Where included files come from. */
    interface Includes {
        /**
         * The result of the file that {@code target} names relative to {@code from}, or {@code null} when it was
         * not given or would close a cycle (the callee reports which, to {@code out}).
         */
        ManifestParseResult include(String from, String target, int line, Collector out);
    }

    private RequirementsParser() {
    }

    static ManifestParseResult parse(final String path, final String text, final Includes includes) {
        Collector out = new Collector(path, Ecosystem.PYPI);
        List<String> lines = ManifestText.lines(text, out);
        for (int i = 0; i < lines.size(); i++) {
            int first = i;
            StringBuilder logical = new StringBuilder();
            String line = lines.get(i);
            while (line.endsWith("\\") && i + 1 < lines.size()) {
                logical.append(line, 0, line.length() - 1).append(' ');
                line = lines.get(++i);
            }
            logical.append(line.endsWith("\\") ? line.substring(0, line.length() - 1) : line);
            line(withoutComment(logical.toString()).strip(), first + 1, out, includes);
        }
        return out.result();
    }

    private static String withoutComment(final String line) {
        if (line.startsWith("#")) {
            return "";
        }
        Matcher comment = COMMENT.matcher(line);
        return comment.find() ? line.substring(0, comment.start()) : line;
    }

    private static void line(final String line, final int number, final Collector out, final Includes includes) {
        if (line.isEmpty()) {
            return;
        }
        if (line.startsWith("-")) {
            option(line, number, out, includes);
            return;
        }
        String requirement = withoutOptions(line);
        if (!NAMED_REFERENCE.matcher(requirement).lookingAt() && isReference(requirement)) {
            reference(requirement, number, "", out);
            return;
        }
        PythonEntries.requirement(requirement, null, number, defaultKind(out.path()), new ArrayList<>(), out);
    }

    private static void option(final String line, final int number, final Collector out, final Includes includes) {
        Matcher option = OPTION.matcher(line);
        if (!option.matches()) {
            return; // --index-url, --hash on its own line, --pre, …
        }
        String name = option.group(1);
        String value = withoutOptions(option.group(2)).strip();
        if ("-e".equals(name) || "--editable".equals(name)) {
            reference(value, number, "editable; ", out);
            return;
        }
        boolean constraint = "-c".equals(name) || "--constraint".equals(name);
        if (value.contains("://")) {
            out.problem(number, "remote " + (constraint ? "constraints" : "requirements") + " file " + value
                    + " not followed");
            return;
        }
        ManifestParseResult included = includes.include(out.path(), value, number, out);
        if (included == null) {
            return;
        }
        String note = (constraint ? "constraint from " : "included by ") + out.path() + ":" + number;
        for (Dependency dependency : included.dependencies()) {
            out.add(dependency.with(constraint ? DependencyKind.MANAGED : dependency.kind(), note));
        }
        out.problems(included.problems());
    }

    /** An editable install, URL, path or archive: named where possible, never from the index. */
    private static void reference(final String value, final int number, final String prefix, final Collector out) {
        Matcher egg = EGG.matcher(value);
        Matcher wheel = WHEEL.matcher(value.split("[#?]", 2)[0]);
        String name = egg.find() ? egg.group(1) : wheel.find() ? wheel.group(1) : null;
        if (name == null) {
            return; // a local project such as "-e ." has no name to check
        }
        List<String> notes = new ArrayList<>();
        notes.add(prefix + "from " + value + "; not from the registry");
        out.add(name, wheel.find(0) ? wheel.group(2) : null, null, number, DependencyKind.DIRECT, false, notes);
    }

    /** A constraints file only pins versions. */
    private static DependencyKind defaultKind(final String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return name.startsWith("constraints") ? DependencyKind.MANAGED : DependencyKind.DIRECT;
    }

    private static boolean isReference(final String requirement) {
        String lower = requirement.toLowerCase(Locale.ROOT);
        return lower.matches("^(git\\+|hg\\+|svn\\+|bzr\\+|https?:|file:|\\.{0,2}/).*")
                || lower.endsWith(".whl") || lower.endsWith(".tar.gz") || lower.endsWith(".zip");
    }

    /** Drops per-requirement options ({@code --hash=…}, {@code --config-settings …}). */
    private static String withoutOptions(final String line) {
        int option = line.indexOf(" --");
        return option < 0 ? line : line.substring(0, option);
    }
}
