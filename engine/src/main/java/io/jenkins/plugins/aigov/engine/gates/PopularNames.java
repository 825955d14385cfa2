package io.jenkins.plugins.aigov.engine.gates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;

/**
 * The bundled lists of widely used package names per ecosystem ({@code popular-<ecosystem>.txt}) and the bundled
 * watchlist; each file's header says where it comes from and when it was made. Loaded once, on first use.
 */
final class PopularNames {
    private static final Map<Ecosystem, List<String>> POPULAR = load();

    private PopularNames() {
    }

    /** The widely used names of an ecosystem, as written in the list (not normalised). */
    static List<String> of(final Ecosystem ecosystem) {
        return POPULAR.getOrDefault(ecosystem, List.of());
    }

    /** The lines of a bundled data file of this package, without comments and blank lines. */
    static List<String> resource(final String name) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = PopularNames.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    lines.add(entry);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return List.copyOf(lines);
    }

    private static Map<Ecosystem, List<String>> load() {
        Map<Ecosystem, List<String>> lists = new EnumMap<>(Ecosystem.class);
        for (Ecosystem ecosystem : Ecosystem.values()) {
            String id = ecosystem == Ecosystem.GO ? "go" : ecosystem.name().toLowerCase(Locale.ROOT);
            lists.put(ecosystem, resource("popular-" + id + ".txt"));
        }
        return lists;
    }
}
