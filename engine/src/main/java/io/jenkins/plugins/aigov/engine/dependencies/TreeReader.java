package io.jenkins.plugins.aigov.engine.dependencies;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import org.yaml.snakeyaml.LoaderOptions;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads JSON and YAML with Jackson's streaming parsers into {@link Node}s that remember their lines. No type is ever
 * bound: YAML tags are ignored and aliases stay the anchor's name (never expanded), so neither arbitrary classes
 * nor "billion laughs" can be triggered. Nesting deeper than {@link #MAX_DEPTH} stops the reading; the tree is
 * built without recursion.
 */
final class TreeReader {
    /** Deepest nesting read. */
    static final int MAX_DEPTH = 100;
    private static final int MAX_MESSAGE = 160;

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(ManifestText.MAX_BYTES)
            .maxNumberLength(100)
            .build();
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(LIMITS).build();
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .loaderOptions(yamlOptions())
            .streamReadConstraints(LIMITS)
            .build();

    private TreeReader() {
    }

    static Tree json(final String text) {
        try (JsonParser parser = JSON.createParser(text)) {
            return read(parser);
        } catch (IOException e) {
            return new Tree(Node.object(1), 1, message(e));
        }
    }

    static Tree yaml(final String text) {
        try (JsonParser parser = YAML.createParser(text)) {
            return read(parser);
        } catch (IOException | RuntimeException e) {
            return new Tree(Node.object(1), 1, message(e));
        }
    }

    private static LoaderOptions yamlOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(ManifestText.MAX_BYTES + 1);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setMaxAliasesForCollections(50);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        return options;
    }

    private static Tree read(final JsonParser parser) {
        Deque<Node> open = new ArrayDeque<>();
        Node[] root = new Node[1];
        String key = null;
        int keyLine = 0;
        try {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                int line = parser.currentTokenLocation().getLineNr();
                if (token == JsonToken.FIELD_NAME) {
                    key = parser.currentName();
                    keyLine = line;
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    open.pop();
                    if (open.isEmpty()) {
                        break;
                    }
                    continue;
                }
                int at = !open.isEmpty() && open.peek().isObject() ? keyLine : line;
                Node node = create(token, parser, at);
                attach(open, root, key, node);
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    open.push(node);
                    if (open.size() > MAX_DEPTH) {
                        throw new IOException("nesting deeper than " + MAX_DEPTH + " levels");
                    }
                } else if (open.isEmpty()) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            return new Tree(root[0] == null ? Node.object(1) : root[0], errorLine(e, parser), message(e));
        }
        return Tree.of(root[0] == null ? Node.object(1) : root[0]);
    }

    private static Node create(final JsonToken token, final JsonParser parser, final int line) throws IOException {
        switch (token) {
            case START_OBJECT:
                return Node.object(line);
            case START_ARRAY:
                return Node.array(line);
            case VALUE_STRING:
                return Node.string(parser.getText(), line);
            case VALUE_NULL:
                return Node.scalar(null, line);
            default:
                return Node.scalar(parser.getText(), line);
        }
    }

    private static void attach(final Deque<Node> open, final Node[] root, final String key, final Node node) {
        if (open.isEmpty()) {
            root[0] = node;
        } else if (open.peek().isObject()) {
            open.peek().put(key, node);
        } else {
            open.peek().add(node);
        }
    }

    private static int errorLine(final Exception e, final JsonParser parser) {
        JsonLocation location = e instanceof JsonProcessingException
                ? ((JsonProcessingException) e).getLocation() : null;
        if (location == null || location.getLineNr() <= 0) {
            location = parser.currentLocation();
        }
        return location == null ? 0 : Math.max(location.getLineNr(), 0);
    }

    private static String message(final Exception e) {
        String text = e instanceof JsonProcessingException
                ? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage();
        if (text == null) {
            text = e.getClass().getSimpleName();
        }
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) + "…" : text;
    }
}
