package io.jenkins.plugins.aigov.engine.dependencies;

/** The four TOML string forms: basic and literal, on one line or several, with basic strings' escapes. */
final class TomlStrings {
    private TomlStrings() {
    }

    /** A string of any form starting at the cursor. */
    static String read(final TomlCursor in) {
        if (in.peek() == '"') {
            return in.startsWith("\"\"\"") ? multiLine(in, '"') : basic(in);
        }
        return in.startsWith("'''") ? multiLine(in, '\'') : literal(in);
    }

    static String basic(final TomlCursor in) {
        in.skip(1);
        StringBuilder value = new StringBuilder();
        while (true) {
            if (in.eof() || in.peek() == '\n') {
                throw in.error("unterminated string");
            }
            char c = in.next();
            if (c == '"') {
                return value.toString();
            }
            if (c == '\\') {
                escape(in, value);
            } else {
                value.append(c);
            }
        }
    }

    static String literal(final TomlCursor in) {
        in.skip(1);
        int start = in.position();
        while (!in.eof() && in.peek() != '\'' && in.peek() != '\n') {
            in.skip(1);
        }
        if (in.eof() || in.peek() == '\n') {
            throw in.error("unterminated string");
        }
        String value = in.between(start, in.position());
        in.skip(1);
        return value;
    }

    private static String multiLine(final TomlCursor in, final char quote) {
        String delimiter = String.valueOf(quote).repeat(3);
        in.skip(3);
        if (in.startsWith("\r\n")) {
            in.skip(1);
        }
        if (in.peek() == '\n') {
            in.next();
        }
        StringBuilder value = new StringBuilder();
        while (true) {
            if (in.eof()) {
                throw in.error("unterminated multi-line string");
            }
            if (in.startsWith(delimiter)) {
                int quotes = 3;
                while (quotes < 5 && in.peek(quotes) == quote) {
                    quotes++;
                }
                value.append(String.valueOf(quote).repeat(quotes - 3));
                in.skip(quotes);
                return value.toString();
            }
            char c = in.next();
            if (c == '\\' && quote == '"') {
                if (!lineEndingBackslash(in)) {
                    escape(in, value);
                }
            } else {
                value.append(c);
            }
        }
    }

    /** After a backslash in a multi-line basic string: skips white space up to and over the line end, if any. */
    private static boolean lineEndingBackslash(final TomlCursor in) {
        int offset = 0;
        while (in.peek(offset) == ' ' || in.peek(offset) == '\t' || in.peek(offset) == '\r') {
            offset++;
        }
        if (in.peek(offset) != '\n') {
            return false;
        }
        while (!in.eof() && Character.isWhitespace(in.peek())) {
            in.next();
        }
        return true;
    }

    private static void escape(final TomlCursor in, final StringBuilder value) {
        if (in.eof()) {
            throw in.error("unterminated string");
        }
        char c = in.next();
        switch (c) {
            case 'b' -> value.append('\b');
            case 't' -> value.append('\t');
            case 'n' -> value.append('\n');
            case 'f' -> value.append('\f');
            case 'r' -> value.append('\r');
            case 'e' -> value.append('\u001b');
            case '"' -> value.append('"');
            case '\\' -> value.append('\\');
            case 'u' -> value.appendCodePoint(hex(in, 4));
            case 'U' -> value.appendCodePoint(hex(in, 8));
            default -> throw in.error("invalid escape '\\" + c + "'");
        }
    }

    private static int hex(final TomlCursor in, final int digits) {
        int start = in.position();
        for (int i = 0; i < digits; i++) {
            if (Character.digit(in.peek(), 16) < 0) {
                throw in.error("invalid unicode escape");
            }
            in.skip(1);
        }
        int code = Integer.parseInt(in.between(start, in.position()), 16);
        if (!Character.isValidCodePoint(code) || code >= 0xD800 && code <= 0xDFFF) {
            throw in.error("invalid unicode escape");
        }
        return code;
    }
}
