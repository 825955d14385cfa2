package io.jenkins.plugins.aigov.engine.bom;

import java.util.regex.Pattern;

import io.jenkins.plugins.aigov.engine.dependencies.Dependency;
import io.jenkins.plugins.aigov.engine.dependencies.DependencyKind;

/**
 * Tells an exact version from a range, per ecosystem, and gives the exact version a purl may carry. A range (or an
 * unresolved property) yields {@code null}: the purl then has no version and the declared text goes into the
 * {@code aigov:declaredVersion} property.
 *
 * <ul>
 *   <li>Lock-file entries ({@link DependencyKind#LOCKED}, {@link DependencyKind#TRANSITIVE_LOCKED}) are exact.</li>
 *   <li>Maven: exact unless it starts with {@code [} or {@code (}, or names a property or {@code LATEST/RELEASE}.</li>
 *   <li>npm: exact when it is a plain version ({@code 1.2.3}, {@code 1.2.3-rc.1}, a leading {@code =} or {@code v}
 *       dropped); {@code ^ ~ > < * x ||}, tags and URLs are ranges.</li>
 *   <li>PyPI: exact only as {@code ==V} or {@code ===V} without wildcard.</li>
 *   <li>Go: {@code go.mod} versions are exact.</li>
 *   <li>Cargo: a bare requirement means {@code ^}; exact only as {@code =V}.</li>
 * </ul>
 */
final class DeclaredVersions {
    private static final Pattern PLAIN = Pattern.compile("[0-9]+(\\.[0-9]+)*([-+][0-9A-Za-z.+-]+)?");
    private static final Pattern MAVEN_RANGE = Pattern.compile("^[\\[(]|\\$\\{|^(LATEST|RELEASE)$");

    private DeclaredVersions() {
    }

    /** The exact version of a declaration, or {@code null} when it declares a range or nothing. */
    static String exact(final Dependency dependency) {
        String version = dependency.version();
        if (version == null || version.isBlank()) {
            return null;
        }
        String text = version.strip();
        if (dependency.kind() == DependencyKind.LOCKED || dependency.kind() == DependencyKind.TRANSITIVE_LOCKED) {
            return text.contains("${") ? null : text;
        }
        switch (dependency.ecosystem()) {
            case MAVEN:
                return MAVEN_RANGE.matcher(text).find() || text.contains(",") ? null : text;
            case NPM:
                String npm = text.startsWith("=") ? text.substring(1).strip() : text;
                npm = npm.startsWith("v") ? npm.substring(1) : npm;
                return PLAIN.matcher(npm).matches() ? npm : null;
            case PYPI:
                return pinned(text, "===") != null ? pinned(text, "===") : pinned(text, "==");
            case GO:
                return text;
            case CARGO:
                return text.startsWith("=") && PLAIN.matcher(text.substring(1).strip()).matches()
                        ? text.substring(1).strip() : null;
            default:
                return null;
        }
    }

    private static String pinned(final String text, final String operator) {
        if (!text.startsWith(operator)) {
            return null;
        }
        String rest = text.substring(operator.length()).strip();
        return rest.isEmpty() || rest.contains("*") || rest.contains(",") || rest.contains(";") ? null : rest;
    }
}
