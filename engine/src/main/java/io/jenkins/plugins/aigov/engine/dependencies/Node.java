package io.jenkins.plugins.aigov.engine.dependencies;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON, YAML or TOML value with the line it starts on (for an object member: the line of its key). Mutable only
 * while a reader builds it.
 */
final class Node {
    /** What a node holds. */
    enum Type { OBJECT, ARRAY, STRING, SCALAR }

    private final Type type;
    private int line;
    private final String text;
    private final Map<String, Node> fields;
    private final List<Node> items;
    /** TOML: a table only named as the parent of another, which a later header may still define. */
    private boolean implicit;
    /** TOML: an inline table or array, closed to headers and dotted keys. */
    private boolean sealed;

    private Node(final Type type, final int line, final String text) {
        this.type = type;
        this.line = line;
        this.text = text;
        this.fields = type == Type.OBJECT ? new LinkedHashMap<>() : Map.of();
        this.items = type == Type.ARRAY ? new ArrayList<>() : List.of();
    }

    static Node object(final int line) {
        return new Node(Type.OBJECT, line, null);
    }

    static Node array(final int line) {
        return new Node(Type.ARRAY, line, null);
    }

    static Node string(final String text, final int line) {
        return new Node(Type.STRING, line, text);
    }

    /** A number, boolean, date or null; {@code text} is its spelling. */
    static Node scalar(final String text, final int line) {
        return new Node(Type.SCALAR, line, text);
    }

    int line() {
        return line;
    }

    void line(final int newLine) {
        this.line = newLine;
    }

    boolean isObject() {
        return type == Type.OBJECT;
    }

    boolean isArray() {
        return type == Type.ARRAY;
    }

    boolean isString() {
        return type == Type.STRING;
    }

    /** The text of a string or scalar, else {@code null}. */
    String text() {
        return text;
    }

    /** The members of an object in file order (empty for other types). */
    Map<String, Node> fields() {
        return Collections.unmodifiableMap(fields);
    }

    List<Node> items() {
        return Collections.unmodifiableList(items);
    }

    /** The member {@code key} of an object, or {@code null}. */
    Node get(final String key) {
        return fields.get(key);
    }

    /** The member at a path of keys, or {@code null}. */
    Node at(final String... keys) {
        Node node = this;
        for (String key : keys) {
            node = node.get(key);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** The text of member {@code key} if it is a string or scalar, else {@code null}. */
    String text(final String key) {
        Node node = get(key);
        return node == null ? null : node.text;
    }

    void put(final String key, final Node value) {
        fields.put(key, value);
    }

    void add(final Node value) {
        items.add(value);
    }

    boolean implicit() {
        return implicit;
    }

    void implicit(final boolean value) {
        implicit = value;
    }

    boolean sealed() {
        return sealed;
    }

    void seal() {
        sealed = true;
    }
}
