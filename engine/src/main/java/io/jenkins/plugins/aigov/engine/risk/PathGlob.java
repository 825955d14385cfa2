package io.jenkins.plugins.aigov.engine.risk;

import java.io.Serializable;

import com.google.re2j.Pattern;

/**
 * A glob over repository-relative paths with forward slashes, in the syntax of
 * {@link java.nio.file.FileSystem#getPathMatcher(String) PathMatcher} {@code glob:} patterns, matched against the
 * <em>whole</em> path:
 * <ul>
 *   <li>{@code *} matches any characters within one path segment, {@code **} any characters across segments,
 *       {@code ?} one character other than {@code /};</li>
 *   <li>{@code [abc]}, {@code [a-z]}, {@code [!abc]} match one character (never {@code /});</li>
 *   <li>{@code {a,b}} matches either alternative (no nesting); {@code \} escapes the next character.</li>
 * </ul>
 * Two deliberate differences: a {@code **}{@code /} also matches zero folders, so {@code **}{@code /auth/**}
 * matches {@code auth/Login.java} at the root; and matching ignores case, so {@code Auth/} and {@code AUTH/} count
 * too. There is no implicit "file name anywhere" rule: {@code Jenkinsfile} matches the root file only. Matching
 * runs in linear time (RE2), whatever the path.
 */
public final class PathGlob implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String text;
    private transient Pattern pattern;

    private PathGlob(final String text, final Pattern pattern) {
        this.text = text;
        this.pattern = pattern;
    }

    /**
     * Compiles a glob.
     *
     * @throws IllegalArgumentException naming the problem when the glob is empty, absolute or malformed
     */
    public static PathGlob of(final String glob) {
        if (glob == null || glob.isBlank()) {
            throw new IllegalArgumentException("empty glob");
        }
        String text = glob.strip();
        if (text.startsWith("/")) {
            throw new IllegalArgumentException("glob '" + text + "' must be repository-relative (no leading /)");
        }
        return new PathGlob(text, compile(text));
    }

    private static Pattern compile(final String text) {
        return Pattern.compile("(?i)" + GlobTranslator.toRegex(text));
    }

    /** Whether a repository-relative path matches ({@code \} is read as {@code /}, a leading {@code ./} dropped). */
    public boolean matches(final String path) {
        if (path == null || path.isEmpty()) {
            return false;
        }
        String normalised = path.replace('\\', '/');
        while (normalised.startsWith("./")) {
            normalised = normalised.substring(2);
        }
        Pattern compiled = pattern;
        if (compiled == null) {
            compiled = compile(text);
            pattern = compiled;
        }
        return compiled.matches(normalised);
    }

    /** The glob as written. */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof PathGlob glob && glob.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
