package io.jenkins.plugins.aigov.engine.dependencies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gradle build scripts, Groovy and Kotlin DSL, read line by line with linear-time patterns after blanking comments.
 * Reads string notation ({@code implementation 'g:a:v'}, {@code implementation("g:a:v")}), map notation
 * ({@code group: 'g', name: 'a', version: 'v'}), {@code platform(…)} and {@code enforcedPlatform(…)} as BOM
 * imports, {@code kotlin("x")}, version catalog references ({@code libs.x.y}, {@code libs.bundles.x}), plugin ids
 * with versions in {@code plugins { }} ({@code id 'x' version 'v'}, {@code kotlin("jvm") version "v"},
 * {@code alias(libs.plugins.x)}), {@code buildscript} classpath entries and {@code constraints { }} (managed).
 * {@code $name} in a version is resolved from simple string assignments in the same script.
 *
 * <p>Not read: declarations split over several lines, versions computed by code, custom catalog names other than
 * {@code libs}.
 */
final class GradleParser {
    private static final Set<String> CONFIGURATIONS = Set.of("implementation", "api", "compileOnly", "runtimeOnly",
            "testImplementation", "testCompileOnly", "testRuntimeOnly", "annotationProcessor", "kapt", "ksp",
            "classpath", "compile", "runtime", "testCompile", "testRuntime", "compileOnlyApi", "developmentOnly",
            "detachedConfiguration", "lintChecks", "coreLibraryDesugaring", "providedCompile", "providedRuntime");
    private static final String[] SUFFIXES = {"Implementation", "Api", "CompileOnly", "RuntimeOnly",
        "AnnotationProcessor", "Compile", "Runtime"};
    private static final String CALL = "\\b([A-Za-z_]\\w{0,80})\\s*+\\(?\\s*+";
    private static final String PLATFORM = "(?:(platform|enforcedPlatform|testFixtures)\\s*+\\(\\s*+)?";
    private static final Pattern STRING = Pattern.compile(CALL + PLATFORM + "([\"'])([^\"'\\n]{1,500}?)\\3");
    private static final Pattern MAP = Pattern.compile(CALL + "group\\s*+[:=]\\s*+[\"']([^\"']+)[\"']\\s*+,\\s*+"
            + "name\\s*+[:=]\\s*+[\"']([^\"']+)[\"'](?:\\s*+,\\s*+version\\s*+[:=]\\s*+[\"']([^\"']+)[\"'])?");
    private static final Pattern CATALOG = Pattern.compile(CALL + PLATFORM
            + "libs((?:\\.[A-Za-z_][A-Za-z0-9_]*){1,20})");
    private static final Pattern KOTLIN = Pattern.compile(CALL
            + "kotlin\\s*+\\(\\s*+[\"']([^\"']+)[\"']\\s*+(?:,\\s*+[\"']([^\"']+)[\"'])?");
    private static final Pattern PLUGIN_ID = Pattern.compile("\\bid\\s*+\\(?\\s*+[\"']([^\"']+)[\"']\\s*+\\)?"
            + "(?:\\s*+version\\s*+\\(?\\s*+[\"']([^\"']+)[\"'])?");
    private static final Pattern KOTLIN_PLUGIN = Pattern.compile("\\bkotlin\\s*+\\(\\s*+[\"']([^\"']+)[\"']\\s*+\\)"
            + "(?:\\s*+version\\s*+\\(?\\s*+[\"']([^\"']+)[\"'])?");
    private static final Pattern PLUGIN_ALIAS = Pattern.compile("\\balias\\s*+\\(\\s*+libs\\.plugins"
            + "((?:\\.[A-Za-z_][A-Za-z0-9_]*){1,20})");
    private static final Pattern VARIABLE = Pattern.compile("(?:\\b(?:val|var|def|ext\\.)\\s*+|^\\s*+)"
            + "([A-Za-z_]\\w{0,80})\\s*+(?::\\s*+String\\s*+)?=\\s*+[\"']([^\"'$\\n]{1,200})[\"']\\s*+$");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{?([A-Za-z_][\\w.]{0,80})}?");

    private final Collector out;
    private final VersionCatalog catalog;
    private final Map<String, String> variables = new HashMap<>();

    private GradleParser(final Collector out, final VersionCatalog catalog) {
        this.out = out;
        this.catalog = catalog;
    }

    /**
     * Reads one build script.
     *
     * @param catalog the project's {@code libs} catalog, or {@code null} when none was given
     */
    static ManifestParseResult parse(final String path, final String text, final VersionCatalog catalog) {
        Collector out = new Collector(path, Ecosystem.MAVEN);
        List<String> lines = ManifestText.lines(CodeText.withoutComments(text), out);
        GradleParser parser = new GradleParser(out, catalog);
        for (String line : lines) {
            Matcher variable = VARIABLE.matcher(line);
            if (variable.find()) {
                parser.variables.putIfAbsent(variable.group(1), variable.group(2));
            }
        }
        GradleBlocks blocks = new GradleBlocks();
        for (int i = 0; i < lines.size(); i++) {
            parser.line(lines.get(i), i + 1, blocks);
            blocks.advance(lines.get(i));
        }
        return out.result();
    }

    /** Emits the entries of a catalog file as managed libraries and plugins. */
    static ManifestParseResult catalog(final String path, final String text) {
        Collector out = new Collector(path, Ecosystem.MAVEN);
        VersionCatalog catalog = VersionCatalog.read(text, out);
        catalog.libraries().values().forEach(entry -> out.add(entry.name(), entry.version(), null, entry.line(),
                DependencyKind.MANAGED, true, notes(entry.notes(), "version catalog library " + entry.alias())));
        catalog.plugins().values().forEach(entry -> out.add(pluginMarker(entry.name()), entry.version(), null,
                entry.line(), DependencyKind.PLUGIN, true, notes(entry.notes(), "Gradle plugin " + entry.name())));
        return out.result();
    }

    private void line(final String line, final int number, final GradleBlocks blocks) {
        if (line.isBlank()) {
            return;
        }
        if (blocks.inside("plugins")) {
            plugins(line, number);
            return;
        }
        boolean managed = blocks.inside("constraints");
        boolean buildscript = blocks.inside("buildscript");
        Matcher map = MAP.matcher(line);
        if (map.find() && isConfiguration(map.group(1))) {
            add(map.group(2) + ":" + map.group(3), map.group(4), map.group(1), number, kind(null, managed,
                    buildscript), new ArrayList<>());
            return;
        }
        if (kotlin(line, number, managed, buildscript)) {
            return;
        }
        Matcher string = STRING.matcher(line);
        while (string.find()) {
            if (isConfiguration(string.group(1)) && string.group(4).indexOf(':') > 0) {
                coordinates(string.group(4), string.group(1), number, kind(string.group(2), managed, buildscript));
            }
        }
        Matcher reference = CATALOG.matcher(line);
        while (reference.find()) {
            if (isConfiguration(reference.group(1))) {
                catalogReference(reference.group(3).substring(1), reference.group(1), number,
                        kind(reference.group(2), managed, buildscript));
            }
        }
    }

    private boolean kotlin(final String line, final int number, final boolean managed, final boolean buildscript) {
        Matcher kotlin = KOTLIN.matcher(line);
        if (kotlin.find() && isConfiguration(kotlin.group(1))) {
            List<String> notes = new ArrayList<>();
            notes.add("kotlin(\"" + kotlin.group(2) + "\")");
            add("org.jetbrains.kotlin:kotlin-" + kotlin.group(2), kotlin.group(3), kotlin.group(1), number,
                    kind(null, managed, buildscript), notes);
            return true;
        }
        return false;
    }

    private void plugins(final String line, final int number) {
        Matcher id = PLUGIN_ID.matcher(line);
        if (id.find()) {
            plugin(id.group(1), id.group(2), number, "Gradle plugin " + id.group(1));
            return;
        }
        Matcher kotlin = KOTLIN_PLUGIN.matcher(line);
        if (kotlin.find()) {
            String pluginId = "org.jetbrains.kotlin." + kotlin.group(1);
            plugin(pluginId, kotlin.group(2), number, "Gradle plugin " + pluginId);
            return;
        }
        Matcher alias = PLUGIN_ALIAS.matcher(line);
        if (alias.find()) {
            String accessor = alias.group(1).substring(1);
            VersionCatalog.Entry entry = catalog == null ? null : catalog.plugin(accessor);
            if (entry == null) {
                unresolved("libs.plugins." + accessor, number);
            } else {
                plugin(entry.name(), entry.version(), number, "Gradle plugin " + entry.name()
                        + " from version catalog " + catalog.path() + ":" + entry.line());
            }
        }
    }

    private void plugin(final String id, final String version, final int number, final String note) {
        if (id.indexOf('.') < 0) {
            return; // a core plugin such as java or application
        }
        List<String> notes = new ArrayList<>();
        notes.add(note);
        if (version == null) {
            notes.add("no version here (set by settings or the root project)");
        }
        out.add(pluginMarker(id), resolve(version, notes), "plugins", number, DependencyKind.PLUGIN, true, notes);
    }

    private void coordinates(final String notation, final String configuration, final int number,
            final DependencyKind kind) {
        String[] parts = notation.split("@", 2)[0].split(":", -1);
        if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
            return; // not group:name[:version]
        }
        List<String> notes = new ArrayList<>();
        if (parts.length > 3) {
            notes.add("classifier " + parts[3]);
        }
        String name = resolve(parts[0], notes) + ":" + resolve(parts[1], notes);
        add(name, parts.length > 2 ? parts[2] : null, configuration, number, kind, notes);
    }

    private void catalogReference(final String accessor, final String configuration, final int number,
            final DependencyKind kind) {
        if (catalog != null && accessor.startsWith("bundles.")) {
            List<String> bundle = catalog.bundle(accessor.substring("bundles.".length()));
            if (bundle != null) {
                bundle.forEach(alias -> fromCatalog(alias, configuration, number, kind, "bundle " + accessor));
                return;
            }
        }
        fromCatalog(accessor, configuration, number, kind, null);
    }

    private void fromCatalog(final String accessor, final String configuration, final int number,
            final DependencyKind kind, final String bundle) {
        VersionCatalog.Entry entry = catalog == null ? null : catalog.library(accessor);
        if (entry == null) {
            unresolved("libs." + accessor, number);
            return;
        }
        List<String> notes = new ArrayList<>(entry.notes());
        notes.add("from version catalog " + catalog.path() + ":" + entry.line() + " (" + entry.alias()
                + (bundle == null ? "" : ", " + bundle) + ")");
        out.add(entry.name(), entry.version(), configuration, number, kind, true, notes);
    }

    private void unresolved(final String reference, final int number) {
        out.problem(number, "version catalog reference " + reference + " not resolved ("
                + (catalog == null ? "no gradle/libs.versions.toml given" : "no such alias in " + catalog.path())
                + "); not checked");
    }

    private void add(final String name, final String version, final String configuration, final int number,
            final DependencyKind kind, final List<String> notes) {
        if (kind == DependencyKind.BOM_IMPORT) {
            notes.add("platform: its constraints apply to this project");
        }
        out.add(name, resolve(version, notes), configuration, number, kind, true, notes);
    }

    private String resolve(final String value, final List<String> notes) {
        if (value == null || value.indexOf('$') < 0) {
            return value;
        }
        Matcher reference = REFERENCE.matcher(value);
        StringBuilder resolved = new StringBuilder();
        boolean complete = true;
        while (reference.find()) {
            String known = variables.get(reference.group(1));
            complete &= known != null;
            reference.appendReplacement(resolved, Matcher.quoteReplacement(known != null ? known
                    : reference.group()));
        }
        reference.appendTail(resolved);
        if (!complete) {
            notes.add("unresolved variable in " + value + "; kept as written");
            return value;
        }
        return resolved.toString();
    }

    private static DependencyKind kind(final String wrapper, final boolean managed, final boolean buildscript) {
        if (wrapper != null && wrapper.endsWith("latform")) {
            return DependencyKind.BOM_IMPORT;
        }
        return managed ? DependencyKind.MANAGED : buildscript ? DependencyKind.PLUGIN : DependencyKind.DIRECT;
    }

    static boolean isConfiguration(final String name) {
        if (CONFIGURATIONS.contains(name)) {
            return true;
        }
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()
                    && Character.isLowerCase(name.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** The Maven coordinates of a Gradle plugin id's marker artifact. */
    static String pluginMarker(final String id) {
        return id + ":" + id + ".gradle.plugin";
    }

    private static List<String> notes(final List<String> first, final String more) {
        List<String> notes = new ArrayList<>(first);
        notes.add(more);
        return notes;
    }
}
