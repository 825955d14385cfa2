package io.jenkins.plugins.aigov.engine.gates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;

/**
 * The exact version a declaration pins, if it pins one: only then can a registry say "this version does not exist"
 * or "this version is brand new". Ranges ({@code ^1.2}, {@code >=2}, {@code [1,2)}), Cargo's default caret
 * requirements, snapshots and unresolved properties pin nothing.
 */
final class VersionPin {
    private static final Pattern SEMVER = Pattern.compile("[=v]?\\s*(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?"
            + "(?:\\+[0-9A-Za-z.-]+)?)");
    private static final Pattern PEP_440 = Pattern.compile("(?:===?)?\\s*([0-9][0-9A-Za-z.!+_-]*)");
    private static final Pattern CARGO_EXACT = Pattern.compile("=\\s*(\\d+\\.\\d+\\.\\d+(?:[-+][0-9A-Za-z.+-]+)?)");
    private static final Pattern GO = Pattern.compile("v\\d+\\.\\d+\\.\\d+\\S*");
    private static final Pattern MAVEN_RANGE = Pattern.compile("[\\[\\](),${}\\s]");

    private VersionPin() {
    }

    /** The pinned version, or {@code null} when {@code declared} is a range, a tag or nothing. */
    static String exact(final Ecosystem ecosystem, final String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String version = declared.strip();
        return switch (ecosystem) {
            case NPM -> group(SEMVER.matcher(version));
            case PYPI -> version.contains("*") || version.contains(",") ? null : group(PEP_440.matcher(version));
            case CARGO -> group(CARGO_EXACT.matcher(version));
            case GO -> GO.matcher(version).matches() ? version : null;
            case MAVEN -> MAVEN_RANGE.matcher(version).find() || version.endsWith("-SNAPSHOT") ? null : version;
        };
    }

    private static String group(final Matcher matcher) {
        return matcher.matches() ? matcher.group(1) : null;
    }
}
