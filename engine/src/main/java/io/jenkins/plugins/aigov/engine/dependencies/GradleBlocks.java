package io.jenkins.plugins.aigov.engine.dependencies;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Follows the nesting of {@code name { … }} blocks of a Gradle script, line by line, so a declaration can be
 * told to sit inside {@code plugins}, {@code buildscript} or {@code constraints}. Braces inside strings are
 * ignored; comments must already be blanked.
 */
final class GradleBlocks {
    private static final int MAX_DEPTH = 256;
    private final Deque<String> open = new ArrayDeque<>();

    /** Whether any enclosing block has this name. */
    boolean inside(final String name) {
        return open.contains(name);
    }

    /** Moves past one line. */
    void advance(final String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '{') {
                if (open.size() < MAX_DEPTH) {
                    open.push(nameBefore(line, i));
                }
            } else if (c == '}' && !open.isEmpty()) {
                open.pop();
            }
        }
    }

    /** The last identifier before a brace, skipping one parenthesised argument list. */
    private static String nameBefore(final String line, final int brace) {
        int end = brace - 1;
        while (end >= 0 && Character.isWhitespace(line.charAt(end))) {
            end--;
        }
        if (end >= 0 && line.charAt(end) == ')') {
            int depth = 0;
            for (; end >= 0; end--) {
                char c = line.charAt(end);
                depth += c == ')' ? 1 : c == '(' ? -1 : 0;
                if (depth == 0) {
                    break;
                }
            }
            end--;
        }
        int start = end;
        while (start >= 0 && Character.isJavaIdentifierPart(line.charAt(start))) {
            start--;
        }
        return end < 0 ? "" : line.substring(start + 1, end + 1);
    }
}
