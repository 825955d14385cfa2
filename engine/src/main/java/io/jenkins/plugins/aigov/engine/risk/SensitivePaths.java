package io.jenkins.plugins.aigov.engine.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sensitive path globs per {@link SensitiveCategory}. Immutable and serializable. Text form: one
 * {@code category: glob} per line, {@code #} comments and blank lines ignored, {@code category: none} names a
 * category with no globs (so that {@link #overriddenBy} empties it). Globs are {@link PathGlob}s.
 */
public final class SensitivePaths implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String DEFAULTS_RESOURCE = "sensitive-paths.txt";
    private static final SensitivePaths NONE = new SensitivePaths(new EnumMap<>(SensitiveCategory.class));
    private static volatile SensitivePaths defaults;

    private final Map<SensitiveCategory, List<PathGlob>> globs;

    private SensitivePaths(final Map<SensitiveCategory, List<PathGlob>> globs) {
        EnumMap<SensitiveCategory, List<PathGlob>> copy = new EnumMap<>(SensitiveCategory.class);
        globs.forEach((category, list) -> copy.put(category, List.copyOf(new LinkedHashSet<>(list))));
        this.globs = Collections.unmodifiableMap(copy);
    }

    /** No category, no glob. */
    public static SensitivePaths none() {
        return NONE;
    }

    /** The documented defaults (the bundled {@code sensitive-paths.txt}). */
    public static SensitivePaths defaults() {
        SensitivePaths result = defaults;
        if (result == null) {
            result = loadDefaults();
            defaults = result;
        }
        return result;
    }

    private static SensitivePaths loadDefaults() {
        try (InputStream in = SensitivePaths.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULTS_RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULTS_RESOURCE);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (RiskPolicyException e) {
            throw new IllegalStateException("bundled " + DEFAULTS_RESOURCE + " is invalid: " + e.getMessage(), e);
        }
    }

    /**
     * Parses {@code category: glob} lines; only the categories named are present.
     *
     * @param text   the text; {@code null} or blank means none
     * @param source where the text comes from, for messages
     * @throws RiskPolicyException naming the line of an unknown category or a bad glob
     */
    public static SensitivePaths parse(final String text, final String source) throws RiskPolicyException {
        Builder builder = new Builder();
        String[] lines = text == null ? new String[0] : text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                builder.addLine(line, source, i + 1);
            }
        }
        return builder.build();
    }

    /** The categories present (named in the text, or with globs). */
    public Set<SensitiveCategory> categories() {
        return globs.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(globs.keySet()));
    }

    /** The globs of a category, in order (empty when the category is absent). */
    public List<PathGlob> globs(final SensitiveCategory category) {
        return globs.getOrDefault(category, List.of());
    }

    /** The categories whose globs match a repository-relative path, in category order. */
    public Set<SensitiveCategory> categoriesOf(final String path) {
        EnumSet<SensitiveCategory> hit = EnumSet.noneOf(SensitiveCategory.class);
        globs.forEach((category, list) -> {
            if (list.stream().anyMatch(glob -> glob.matches(path))) {
                hit.add(category);
            }
        });
        return hit;
    }

    /** These paths with every category present in {@code other} replaced by other's globs. */
    public SensitivePaths overriddenBy(final SensitivePaths other) {
        Map<SensitiveCategory, List<PathGlob>> merged = new EnumMap<>(SensitiveCategory.class);
        merged.putAll(globs);
        merged.putAll(other.globs);
        return new SensitivePaths(merged);
    }

    /** These paths plus other's globs (the union, per category). */
    public SensitivePaths plus(final SensitivePaths other) {
        Map<SensitiveCategory, List<PathGlob>> merged = new EnumMap<>(SensitiveCategory.class);
        merged.putAll(globs);
        other.globs.forEach((category, list) -> {
            List<PathGlob> union = new ArrayList<>(merged.getOrDefault(category, List.of()));
            union.addAll(list);
            merged.put(category, union);
        });
        return new SensitivePaths(merged);
    }

    /** The text form, which {@link #parse} reads back to equal paths. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        globs.forEach((category, list) -> {
            if (list.isEmpty()) {
                text.append(category.id()).append(": none\n");
            }
            list.forEach(glob -> text.append(category.id()).append(": ").append(glob.text()).append('\n'));
        });
        return text.toString();
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof SensitivePaths paths && paths.globs.equals(globs);
    }

    @Override
    public int hashCode() {
        return globs.hashCode();
    }

    @Override
    public String toString() {
        return "SensitivePaths" + globs;
    }

    /** Collects {@code category: glob} lines (also those of a policy text's {@code [sensitive-paths]} section). */
    static final class Builder {
        private final Map<SensitiveCategory, List<PathGlob>> globs = new EnumMap<>(SensitiveCategory.class);

        void addLine(final String line, final String source, final int number) throws RiskPolicyException {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new RiskPolicyException(source, number, "expected 'category: glob', got '" + line + "'");
            }
            String name = line.substring(0, colon).strip();
            SensitiveCategory category = SensitiveCategory.byId(name);
            if (category == null) {
                throw new RiskPolicyException(source, number, "unknown category '" + name + "' (expected "
                        + SensitiveCategory.ids() + ")");
            }
            String glob = line.substring(colon + 1).strip();
            List<PathGlob> list = globs.computeIfAbsent(category, c -> new ArrayList<>());
            if (glob.equalsIgnoreCase("none")) {
                return;
            }
            try {
                list.add(PathGlob.of(glob));
            }
            catch (IllegalArgumentException e) {
                throw new RiskPolicyException(source, number, e.getMessage());
            }
        }

        SensitivePaths build() {
            return new SensitivePaths(globs);
        }
    }
}
