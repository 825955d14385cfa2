package io.jenkins.plugins.aigov.engine.scan;

import java.util.Arrays;

/**
 * A file's text with its line starts, so rules can read any line (1-based) without copying the file.
 */
final class SourceText {
    private final String text;
    private final int[] starts;
    private final int count;
    private final int lines;

    SourceText(final CharSequence content) {
        this.text = content.toString();
        int[] found = new int[Math.max(16, text.length() / 32)];
        int n = 0;
        found[n++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == found.length) {
                found = Arrays.copyOf(found, n * 2);
            }
            found[n++] = i + 1;
        }
        this.starts = found;
        this.count = n;
        this.lines = n > 1 && found[n - 1] == text.length() ? n - 1 : n;
    }

    String text() {
        return text;
    }

    int lineCount() {
        return lines;
    }

    /** The line's text without its line break; empty for lines out of range. */
    String line(final int line) {
        if (line < 1 || line > lines) {
            return "";
        }
        return text.substring(starts[line - 1], end(line));
    }

    /** The length of a line without its line break. */
    int lineLength(final int line) {
        return line < 1 || line > lines ? 0 : end(line) - starts[line - 1];
    }

    private int end(final int line) {
        int end = line < count ? starts[line] - 1 : text.length();
        if (end > starts[line - 1] && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }
}
