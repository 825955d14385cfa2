package io.jenkins.plugins.aigov.engine.dependencies;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Modules that come with a language rather than from a registry, from bundled data files whose header says their
 * source and date: {@code python-stdlib-3.12.txt} (CPython 3.12 {@code sys.stdlib_module_names}) and
 * {@code node-builtins.txt} (Node.js 20 {@code builtinModules}). Go's standard library is recognised by its first
 * path element having no dot ({@code net/http}). Maven and Cargo have no such modules here.
 */
public final class StandardLibraries {
    private StandardLibraries() {
    }

    /**
     * Whether a module belongs to the standard library or runtime of an ecosystem.
     *
     * @param ecosystem the ecosystem
     * @param module    a module as imported: {@code os.path}, {@code node:fs}, {@code fs/promises}, {@code net/http}
     * @return whether it needs no package
     */
    public static boolean isStandard(final Ecosystem ecosystem, final String module) {
        if (module == null || module.isBlank()) {
            return false;
        }
        String name = module.strip();
        switch (ecosystem) {
            case PYPI:
                int dot = name.indexOf('.');
                return Data.PYTHON.contains(dot < 0 ? name : name.substring(0, dot));
            case NPM:
                if (name.startsWith("node:")) {
                    return true;
                }
                int slash = name.indexOf('/');
                return Data.NODE.contains(name) || slash > 0 && Data.NODE.contains(name.substring(0, slash));
            case GO:
                String first = name.split("/", 2)[0];
                return !first.contains(".");
            default:
                return false;
        }
    }

    /** Loaded on first use. */
    private static final class Data {
        static final Set<String> PYTHON = load("python-stdlib-3.12.txt");
        static final Set<String> NODE = load("node-builtins.txt");

        private static Set<String> load(final String name) {
            Set<String> names = new HashSet<>();
            try (InputStream in = StandardLibraries.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + name);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String entry = line.strip();
                    if (!entry.isEmpty() && !entry.startsWith("#")) {
                        names.add(entry);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
            return Set.copyOf(names);
        }
    }
}
