package io.jenkins.plugins.aigov.engine.dependencies;

/**
 * Blanks {@code //} and {@code /* *}{@code /} comments of C-like source (Groovy, Kotlin, JavaScript, TypeScript)
 * with spaces, keeping every other character and every line break where it was, so offsets and line numbers stay
 * right. Strings ({@code '}, {@code "}, {@code `} and triple quotes) are honoured so that {@code "https://…"} is
 * not a comment. One linear pass.
 */
final class CodeText {
    private CodeText() {
    }

    static String withoutComments(final String text) {
        StringBuilder out = new StringBuilder(text);
        int length = text.length();
        char quote = 0;
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            char next = i + 1 < length ? text.charAt(i + 1) : 0;
            if (quote != 0) {
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == quote || c == '\n' && quote != '`') {
                    quote = 0;
                }
                i++;
            } else if (text.startsWith("\"\"\"", i) || text.startsWith("'''", i)) {
                int end = text.indexOf(text.substring(i, i + 3), i + 3);
                i = end < 0 ? length : end + 3;
            } else if (c == '/' && next == '/') {
                while (i < length && text.charAt(i) != '\n') {
                    out.setCharAt(i++, ' ');
                }
            } else if (c == '/' && next == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? length : end + 2;
                for (; i < end; i++) {
                    if (text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        out.setCharAt(i, ' ');
                    }
                }
            } else {
                if (c == '\'' || c == '"' || c == '`') {
                    quote = c;
                }
                i++;
            }
        }
        return out.toString();
    }
}
