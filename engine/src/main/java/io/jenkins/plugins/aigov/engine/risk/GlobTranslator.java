package io.jenkins.plugins.aigov.engine.risk;

/** Translates a {@link PathGlob} into an RE2 regular expression. */
final class GlobTranslator {
    private final String glob;
    private final StringBuilder regex = new StringBuilder();
    private int pos;
    private boolean inGroup;

    private GlobTranslator(final String glob) {
        this.glob = glob;
    }

    static String toRegex(final String glob) {
        GlobTranslator translator = new GlobTranslator(glob);
        translator.translate();
        return translator.regex.toString();
    }

    private void translate() {
        while (pos < glob.length()) {
            char c = glob.charAt(pos++);
            switch (c) {
                case '*' -> star();
                case '?' -> regex.append("[^/]");
                case '[' -> bracket();
                case '{' -> openGroup();
                case '}' -> closeGroup();
                case ',' -> regex.append(inGroup ? "|" : quote(c));
                case '\\' -> escape();
                default -> regex.append(quote(c));
            }
        }
        if (inGroup) {
            throw problem("'{' is not closed");
        }
    }

    private void star() {
        if (pos < glob.length() && glob.charAt(pos) == '*') {
            pos++;
            if (pos < glob.length() && glob.charAt(pos) == '/') {
                pos++;
                regex.append("(?:.*/)?");
            }
            else {
                regex.append(".*");
            }
        }
        else {
            regex.append("[^/]*");
        }
    }

    private void bracket() {
        int close = glob.indexOf(']', pos + 1);
        if (close < 0) {
            throw problem("'[' is not closed");
        }
        String body = glob.substring(pos, close);
        pos = close + 1;
        boolean negate = body.startsWith("!");
        if (negate) {
            body = body.substring(1);
        }
        if (body.isEmpty()) {
            throw problem("empty '[]'");
        }
        StringBuilder set = new StringBuilder(negate ? "[^/" : "[");
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '/') {
                throw problem("'/' inside '[ ]'");
            }
            boolean range = c == '-' && i > 0 && i < body.length() - 1;
            set.append(range ? "-" : quote(c));
        }
        regex.append(set).append(']');
    }

    private void openGroup() {
        if (inGroup) {
            throw problem("'{' groups cannot be nested");
        }
        inGroup = true;
        regex.append("(?:");
    }

    private void closeGroup() {
        if (!inGroup) {
            regex.append(quote('}'));
            return;
        }
        inGroup = false;
        regex.append(')');
    }

    private void escape() {
        if (pos >= glob.length()) {
            throw problem("'\\' at the end");
        }
        regex.append(quote(glob.charAt(pos++)));
    }

    /** ASCII punctuation is escaped (RE2 accepts exactly those escapes); anything else stands for itself. */
    private static String quote(final char c) {
        boolean punctuation = c > ' ' && c < 127 && !Character.isLetterOrDigit(c);
        return punctuation ? "\\" + c : String.valueOf(c);
    }

    private IllegalArgumentException problem(final String what) {
        return new IllegalArgumentException("bad glob '" + glob + "': " + what);
    }
}
