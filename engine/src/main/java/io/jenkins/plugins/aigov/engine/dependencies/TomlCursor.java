package io.jenkins.plugins.aigov.engine.dependencies;

/** A position in TOML text that counts lines, with the lexical pieces every part of the reader needs. */
final class TomlCursor {
    private final String text;
    private int pos;
    private int line = 1;

    TomlCursor(final String text) {
        this.text = text;
    }

    int line() {
        return line;
    }

    int position() {
        return pos;
    }

    String between(final int start, final int end) {
        return text.substring(start, end);
    }

    boolean eof() {
        return pos >= text.length();
    }

    /** The current character, {@code \0} at the end. */
    char peek() {
        return eof() ? '\0' : text.charAt(pos);
    }

    /** The character {@code offset} places ahead, {@code \0} past the end. */
    char peek(final int offset) {
        return pos + offset < text.length() ? text.charAt(pos + offset) : '\0';
    }

    boolean startsWith(final String token) {
        return text.startsWith(token, pos);
    }

    /** Moves over characters that cannot be line breaks. */
    void skip(final int count) {
        pos += count;
    }

    char next() {
        if (eof()) {
            throw error("unexpected end of the file");
        }
        char c = text.charAt(pos++);
        if (c == '\n') {
            line++;
        }
        return c;
    }

    void expect(final String token) {
        skipSpaces();
        if (!startsWith(token)) {
            throw error("expected '" + token + "'");
        }
        pos += token.length();
    }

    void skipSpaces() {
        while (!eof() && (peek() == ' ' || peek() == '\t')) {
            pos++;
        }
    }

    /** Skips white space, line ends and comments. */
    void skipBlank() {
        while (!eof()) {
            char c = peek();
            if (c == '#') {
                skipComment();
            } else if (Character.isWhitespace(c)) {
                next();
            } else {
                return;
            }
        }
    }

    void skipComment() {
        while (!eof() && peek() != '\n') {
            pos++;
        }
    }

    /** Spaces, an optional comment, then a line end or the end of the text. */
    void endOfLine() {
        skipSpaces();
        if (peek() == '#') {
            skipComment();
        }
        if (eof()) {
            return;
        }
        if (startsWith("\r\n")) {
            pos++;
        }
        if (peek() != '\n') {
            throw error("expected the end of the line");
        }
        next();
    }

    TomlError error(final String message) {
        return new TomlError(eof() ? lastContentLine() : line, message);
    }

    /** At the end of the input: the line of its last non-blank character. */
    private int lastContentLine() {
        int trailingBreaks = 0;
        for (int end = text.length() - 1; end >= 0 && Character.isWhitespace(text.charAt(end)); end--) {
            trailingBreaks += text.charAt(end) == '\n' ? 1 : 0;
        }
        return Math.max(1, line - trailingBreaks);
    }

    /** The first error met; stops the reading. */
    static final class TomlError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;

        TomlError(final int line, final String message) {
            super(message, null, false, false);
            this.line = line;
        }

        int line() {
            return line;
        }
    }
}
