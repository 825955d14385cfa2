package io.jenkins.plugins.aigov.engine.scan;


import com.google.re2j.Pattern;

/**
 * A path glob: {@code **} crosses folders, {@code *} and {@code ?} stay within one, matching is case-insensitive.
 * A glob without a {@code /} matches the file name anywhere in the tree (as in {@code .gitignore}).
 */
public final class Glob {
    private final String text;
    private final Pattern pattern;
    private final boolean nameOnly;

    private Glob(final String text) {
        this.text = text;
        this.nameOnly = !text.contains("/");
        this.pattern = Pattern.compile("(?i)" + toRegex(text));
    }

    /** Compiles a glob; throws {@link IllegalArgumentException} for an empty one. */
    public static Glob of(final String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty glob");
        }
        return new Glob(text.strip());
    }

    /** Whether a repository-relative path (forward slashes) matches. */
    public boolean matches(final String path) {
        String normalised = path.replace('\\', '/');
        if (nameOnly) {
            normalised = normalised.substring(normalised.lastIndexOf('/') + 1);
        }
        return pattern.matches(normalised);
    }

    private static String toRegex(final String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean slash = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                regex.append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*') {
                regex.append("[^/]*");
            }
            else if (c == '?') {
                regex.append("[^/]");
            }
            else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
