package io.jenkins.plugins.aigov.engine.dependencies;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A package ecosystem, with the rule that makes two spellings of one package name compare equal.
 *
 * <ul>
 *   <li>{@link #MAVEN}: {@code groupId:artifactId}, case kept (coordinates are case-sensitive).</li>
 *   <li>{@link #NPM}: lower-case; a scope stays part of the name ({@code @scope/name}).</li>
 *   <li>{@link #PYPI}: PEP 503: lower-case, every run of {@code -}, {@code _} and {@code .} becomes one {@code -}.</li>
 *   <li>{@link #GO}: the module path as written.</li>
 *   <li>{@link #CARGO}: lower-case, {@code _} and {@code -} are the same ({@code -} is kept).</li>
 * </ul>
 */
public enum Ecosystem {
    /** Maven repositories (also Gradle). */
    MAVEN("maven"),
    /** The npm registry (npm, yarn, pnpm). */
    NPM("npm"),
    /** The Python Package Index. */
    PYPI("pypi"),
    /** Go modules. */
    GO("golang"),
    /** Rust crates. */
    CARGO("cargo");

    private static final Pattern PEP_503 = Pattern.compile("[-_.]+");

    private final String purlType;

    Ecosystem(final String purlType) {
        this.purlType = purlType;
    }

    /** The package-URL type of this ecosystem, e.g. {@code golang}. */
    public String purlType() {
        return purlType;
    }

    /**
     * The name in the form used to compare and look up packages of this ecosystem.
     *
     * @param name a name as declared; surrounding white space is ignored
     * @return the normalised name ({@code ""} for {@code null})
     */
    public String normalise(final String name) {
        if (name == null) {
            return "";
        }
        String trimmed = name.strip();
        switch (this) {
            case NPM:
                return trimmed.toLowerCase(Locale.ROOT);
            case PYPI:
                return PEP_503.matcher(trimmed).replaceAll("-").toLowerCase(Locale.ROOT);
            case CARGO:
                return trimmed.toLowerCase(Locale.ROOT).replace('_', '-');
            default:
                return trimmed;
        }
    }
}
