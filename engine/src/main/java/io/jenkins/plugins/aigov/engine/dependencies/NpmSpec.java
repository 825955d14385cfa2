package io.jenkins.plugins.aigov.engine.dependencies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The package an npm dependency specifier really names: {@code npm:real@range} aliases resolve to the real
 * package; {@code file:}, {@code link:}, {@code portal:}, {@code workspace:}, {@code git…:}, {@code github:},
 * URLs and {@code user/repo} shorthands are not fetched from the registry.
 *
 * @param name     the package to check
 * @param version  the range or version, or {@code null}
 * @param registry whether it comes from the registry
 * @param notes    what was found, e.g. {@code alias of x}
 */
record NpmSpec(String name, String version, boolean registry, List<String> notes) {
    private static final String[] LOCAL = {"file:", "link:", "portal:", "workspace:", "exec:", "patch:"};
    private static final String[] REMOTE = {"git:", "git+", "github:", "gitlab:", "bitbucket:", "gist:",
        "http:", "https:"};

    /** Interprets the specifier {@code spec} of the dependency declared as {@code declaredName}. */
    static NpmSpec of(final String declaredName, final String spec) {
        List<String> notes = new ArrayList<>();
        String value = spec == null ? "" : spec.strip();
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("npm:")) {
            String target = value.substring(4);
            int at = target.lastIndexOf('@');
            String realName = at > 0 ? target.substring(0, at) : target;
            notes.add("alias " + declaredName + " of " + realName);
            return new NpmSpec(realName, at > 0 ? target.substring(at + 1) : null, true, notes);
        }
        for (String prefix : LOCAL) {
            if (lower.startsWith(prefix)) {
                notes.add("local " + prefix.substring(0, prefix.length() - 1) + " dependency; not from the registry");
                return new NpmSpec(declaredName, value, false, notes);
            }
        }
        for (String prefix : REMOTE) {
            if (lower.startsWith(prefix)) {
                notes.add("fetched from " + (prefix.startsWith("http") ? "a URL" : "git") + "; not from the registry");
                return new NpmSpec(declaredName, value, false, notes);
            }
        }
        if (value.contains("/") && !value.startsWith("@") && !value.contains(" ")) {
            notes.add("GitHub shorthand or path; not from the registry");
            return new NpmSpec(declaredName, value, false, notes);
        }
        if (lower.startsWith("catalog:")) {
            notes.add("version from a pnpm catalog");
            return new NpmSpec(declaredName, null, true, notes);
        }
        return new NpmSpec(declaredName, value.isEmpty() ? null : value, true, notes);
    }

    /** Splits {@code name@version} (the name may start with {@code @scope/}); the version may be empty. */
    static String[] splitNameVersion(final String key) {
        int at = key.indexOf('@', key.startsWith("@") ? 1 : 0);
        return at < 0 ? new String[] {key, ""} : new String[] {key.substring(0, at), key.substring(at + 1)};
    }
}
