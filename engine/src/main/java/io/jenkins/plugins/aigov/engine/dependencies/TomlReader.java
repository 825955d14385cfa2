package io.jenkins.plugins.aigov.engine.dependencies;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A TOML 1.0 reader into {@link Node}s that remember their lines: tables, arrays of tables, dotted and quoted keys,
 * all four string forms with escapes ({@link TomlStrings}), arrays and inline tables (newlines inside inline tables
 * are accepted, as in TOML 1.1). Numbers, booleans and dates are kept as text. Nesting is limited to
 * {@link #MAX_DEPTH}; reading is linear in the input. The first error stops the reading; what was read before it
 * is kept.
 */
final class TomlReader {
    /** Deepest nesting of arrays and inline tables. */
    static final int MAX_DEPTH = 64;
    private static final String DELIMITERS = ",]}#\n\r\t ";
    private static final Pattern SCALAR = Pattern.compile(
            "true|false|[+-]?(inf|nan)|[+-]?[0-9][0-9A-Za-z_.:+-]*+(?: [0-9][0-9:.+Z-]*+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final TomlCursor in;
    private final Node root = Node.object(1);

    private TomlReader(final String text) {
        this.in = new TomlCursor(text);
    }

    static Tree read(final String text) {
        TomlReader reader = new TomlReader(text);
        try {
            reader.document();
            return Tree.of(reader.root);
        } catch (TomlCursor.TomlError e) {
            return new Tree(reader.root, e.line(), e.getMessage());
        }
    }

    private void document() {
        Node table = root;
        while (true) {
            in.skipBlank();
            if (in.eof()) {
                return;
            }
            if (in.peek() == '[') {
                table = header();
            } else {
                keyValue(table);
            }
            in.endOfLine();
        }
    }

    private Node header() {
        int at = in.line();
        boolean arrayOfTables = in.startsWith("[[");
        in.skip(arrayOfTables ? 2 : 1);
        List<String> key = key();
        in.expect(arrayOfTables ? "]]" : "]");
        Node parent = root;
        for (int i = 0; i < key.size() - 1; i++) {
            parent = descend(parent, key.get(i), at);
        }
        String last = key.get(key.size() - 1);
        Node existing = parent.get(last);
        if (arrayOfTables) {
            if (existing == null) {
                existing = Node.array(at);
                parent.put(last, existing);
            } else if (!existing.isArray() || existing.sealed()) {
                throw in.error("[[" + String.join(".", key) + "]] redefines a key");
            }
            Node table = Node.object(at);
            existing.add(table);
            return table;
        }
        if (existing == null) {
            Node table = Node.object(at);
            parent.put(last, table);
            return table;
        }
        if (existing.isObject() && existing.implicit() && !existing.sealed()) {
            existing.implicit(false);
            existing.line(at);
            return existing;
        }
        throw in.error("table [" + String.join(".", key) + "] is defined twice");
    }

    /** The table named {@code key} in {@code table}, created as implicit if absent. */
    private Node descend(final Node table, final String key, final int at) {
        Node node = table.get(key);
        if (node == null) {
            node = Node.object(at);
            node.implicit(true);
            table.put(key, node);
            return node;
        }
        if (node.isObject() && !node.sealed()) {
            return node;
        }
        if (node.isArray() && !node.sealed() && !node.items().isEmpty()) {
            return node.items().get(node.items().size() - 1);
        }
        throw in.error("key '" + key + "' is not a table");
    }

    private void keyValue(final Node table) {
        int at = in.line();
        List<String> key = key();
        in.expect("=");
        in.skipSpaces();
        Node value = value(0);
        Node parent = table;
        for (int i = 0; i < key.size() - 1; i++) {
            parent = descend(parent, key.get(i), at);
        }
        String last = key.get(key.size() - 1);
        if (parent.get(last) != null) {
            throw new TomlCursor.TomlError(at, "duplicate key '" + String.join(".", key) + "'");
        }
        value.line(at);
        parent.put(last, value);
    }

    private List<String> key() {
        List<String> parts = new ArrayList<>();
        while (true) {
            in.skipSpaces();
            char c = in.peek();
            if (c == '"') {
                parts.add(TomlStrings.basic(in));
            } else if (c == '\'') {
                parts.add(TomlStrings.literal(in));
            } else {
                int start = in.position();
                while (!in.eof() && isBare(in.peek())) {
                    in.skip(1);
                }
                if (start == in.position()) {
                    throw in.error("expected a key");
                }
                parts.add(in.between(start, in.position()));
            }
            in.skipSpaces();
            if (in.peek() != '.') {
                return parts;
            }
            in.skip(1);
        }
    }

    private Node value(final int depth) {
        if (depth > MAX_DEPTH) {
            throw in.error("nesting deeper than " + MAX_DEPTH + " levels");
        }
        int at = in.line();
        char c = in.peek();
        if (c == '"' || c == '\'') {
            return Node.string(TomlStrings.read(in), at);
        }
        if (c == '[') {
            return array(depth);
        }
        if (c == '{') {
            return inlineTable(depth);
        }
        return scalar(at);
    }

    private Node array(final int depth) {
        Node array = Node.array(in.line());
        array.seal();
        in.skip(1);
        while (true) {
            in.skipBlank();
            if (in.peek() == ']') {
                in.skip(1);
                return array;
            }
            array.add(value(depth + 1));
            in.skipBlank();
            char c = in.next();
            if (c == ']') {
                return array;
            }
            if (c != ',') {
                throw in.error("expected ',' or ']' in an array");
            }
        }
    }

    private Node inlineTable(final int depth) {
        Node table = Node.object(in.line());
        in.skip(1);
        in.skipBlank();
        if (in.peek() == '}') {
            in.skip(1);
            table.seal();
            return table;
        }
        while (true) {
            in.skipBlank();
            keyValue(table);
            in.skipBlank();
            char c = in.next();
            if (c == '}') {
                table.seal();
                return table;
            }
            if (c != ',') {
                throw in.error("expected ',' or '}' in an inline table");
            }
        }
    }

    private Node scalar(final int at) {
        int start = in.position();
        skipToken();
        if (in.peek() == ' ' && Character.isDigit(in.peek(1))
                && DATE.matcher(in.between(start, in.position())).matches()) {
            in.skip(1); // a date-time written with a space
            skipToken();
        }
        String token = in.between(start, in.position());
        if (!SCALAR.matcher(token).matches()) {
            throw new TomlCursor.TomlError(at, token.isEmpty() ? "expected a value"
                    : "invalid value '" + (token.length() > 40 ? token.substring(0, 40) + "…" : token) + "'");
        }
        return Node.scalar(token, at);
    }

    private void skipToken() {
        while (!in.eof() && DELIMITERS.indexOf(in.peek()) < 0) {
            in.skip(1);
        }
    }

    private static boolean isBare(final char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }
}
