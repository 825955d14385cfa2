package io.jenkins.plugins.aigov.engine.dependencies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the modules a Python, JavaScript or TypeScript source file imports, for the "hallucinated import" check.
 * Relative imports, {@code node:} modules, URLs and path aliases are left out; everything else is returned with
 * whether it is {@link StandardLibraries standard}. Scanning is by linear-time patterns, not a parser: imports
 * built at run time are not seen, and text in strings that looks like an import may be.
 */
public final class SourceImports {
    private static final Pattern PY_IMPORT = Pattern.compile("import\\s++(.+)");
    private static final Pattern PY_FROM = Pattern.compile("from\\s++(\\.*+)([\\w.]*+)\\s++import\\b.*");
    private static final Pattern PY_NAME = Pattern.compile("([\\p{L}_][\\p{L}\\p{N}_]*+)(?:\\.[\\p{L}\\p{N}_]++)*+"
            + "(?:\\s++as\\s++[\\p{L}\\p{N}_]++)?");
    private static final Pattern JS_FROM = Pattern.compile(
            "(?<![.\\w$])(?:import|export)\\b[^'\";`]{0,2000}?\\bfrom\\s*+(['\"])([^'\"\\n]{1,300})\\1");
    private static final Pattern JS_BARE = Pattern.compile("(?<![.\\w$])import\\s*+(['\"])([^'\"\\n]{1,300})\\1");
    private static final Pattern JS_CALL = Pattern.compile(
            "(?<![.\\w$])(?:require|import)\\s*+\\(\\s*+(['\"`])([^'\"`\\n]{1,300})\\1\\s*+\\)");
    private static final Pattern NPM_NAME = Pattern.compile("(?:@[a-z0-9][\\w.~-]*+/)?[a-z0-9][\\w.~-]*+",
            Pattern.CASE_INSENSITIVE);

    private SourceImports() {
    }

    /** Whether {@link #scan} reads files with this path's extension. */
    public static boolean isSource(final String path) {
        return language(path) != null;
    }

    /**
     * The imports of one source file, in line order.
     *
     * @param path    repository-relative path; the extension picks the language ({@code .py}, {@code .pyi},
     *                {@code .js}, {@code .mjs}, {@code .cjs}, {@code .jsx}, {@code .ts}, {@code .mts},
     *                {@code .cts}, {@code .tsx}); other files give no imports
     * @param content the file's text; over 10 MiB gives no imports
     * @return the imports found
     */
    public static List<SourceImport> scan(final String path, final String content) {
        Ecosystem language = language(path);
        if (language == null || content == null || content.length() > ManifestText.MAX_BYTES) {
            return List.of();
        }
        List<SourceImport> imports = new ArrayList<>();
        if (language == Ecosystem.PYPI) {
            python(path, content, imports);
        } else {
            javascript(path, content, imports);
        }
        imports.sort(Comparator.comparingInt(SourceImport::line));
        return List.copyOf(imports);
    }

    private static Ecosystem language(final String path) {
        if (path == null) {
            return null;
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".py") || lower.endsWith(".pyi")) {
            return Ecosystem.PYPI;
        }
        return lower.matches(".*\\.(js|mjs|cjs|jsx|ts|mts|cts|tsx)") ? Ecosystem.NPM : null;
    }

    private static void python(final String path, final String content, final List<SourceImport> imports) {
        String docstring = null;
        String[] lines = content.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].length() > ManifestText.MAX_LINE ? "" : lines[i];
            if (docstring != null) {
                if (line.contains(docstring)) {
                    docstring = null;
                }
                continue;
            }
            int number = i + 1;
            StringBuilder statement = new StringBuilder(line.strip());
            while (statement.length() > 0 && statement.charAt(statement.length() - 1) == '\\'
                    && i + 1 < lines.length) {
                statement.setLength(statement.length() - 1);
                statement.append(' ').append(lines[++i].strip());
            }
            for (String part : statement.toString().split(";")) {
                pythonStatement(part.strip(), path, number, imports);
            }
            docstring = opensDocstring(line);
        }
    }

    /** The delimiter of a triple-quoted string that this line opens and does not close, or {@code null}. */
    private static String opensDocstring(final String line) {
        for (String delimiter : new String[] {"\"\"\"", "'''"}) {
            int count = 0;
            for (int at = line.indexOf(delimiter); at >= 0; at = line.indexOf(delimiter, at + 3)) {
                count++;
            }
            if (count % 2 == 1) {
                return delimiter;
            }
        }
        return null;
    }

    private static void pythonStatement(final String statement, final String path, final int line,
            final List<SourceImport> imports) {
        Matcher from = PY_FROM.matcher(statement);
        if (from.matches()) {
            if (from.group(1).isEmpty() && !from.group(2).isEmpty()) {
                addPython(from.group(2), path, line, imports);
            }
            return;
        }
        Matcher plain = PY_IMPORT.matcher(statement);
        if (!plain.matches()) {
            return;
        }
        String names = plain.group(1).replaceAll("#.*", "");
        for (String name : names.split(",")) {
            Matcher matcher = PY_NAME.matcher(name.strip().replace("(", "").replace(")", ""));
            if (matcher.matches()) {
                addPython(matcher.group(1), path, line, imports);
            }
        }
    }

    private static void addPython(final String module, final String path, final int line,
            final List<SourceImport> imports) {
        String top = module.split("\\.", 2)[0];
        if (top.isEmpty()) {
            return;
        }
        imports.add(new SourceImport(path, line, Ecosystem.PYPI, top, ImportNames.pythonDistribution(top),
                StandardLibraries.isStandard(Ecosystem.PYPI, top)));
    }

    private static void javascript(final String path, final String content, final List<SourceImport> imports) {
        String code = CodeText.withoutComments(content);
        int[] lineStarts = lineStarts(code);
        for (Pattern pattern : new Pattern[] {JS_FROM, JS_BARE, JS_CALL}) {
            Matcher matcher = pattern.matcher(code);
            while (matcher.find()) {
                String module = npmPackage(matcher.group(2));
                if (module != null) {
                    imports.add(new SourceImport(path, lineOf(lineStarts, matcher.start(2)), Ecosystem.NPM, module,
                            module, StandardLibraries.isStandard(Ecosystem.NPM, module)));
                }
            }
        }
    }

    /** The package of a module specifier, or {@code null} for relative, absolute, URL and aliased ones. */
    static String npmPackage(final String specifier) {
        String value = specifier.strip();
        if (value.isEmpty() || value.startsWith(".") || value.startsWith("/") || value.startsWith("~")
                || value.startsWith("#") || value.contains(":") || value.contains("${")) {
            return null;
        }
        String[] parts = value.split("/", -1);
        String name = value.startsWith("@") ? (parts.length < 2 ? null : parts[0] + "/" + parts[1]) : parts[0];
        return name != null && NPM_NAME.matcher(name).matches() ? name : null;
    }

    private static int[] lineStarts(final String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(final int[] starts, final int offset) {
        int index = Arrays.binarySearch(starts, offset);
        return (index >= 0 ? index : -index - 2) + 1;
    }
}
