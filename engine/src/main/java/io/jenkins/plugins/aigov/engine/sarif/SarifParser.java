package io.jenkins.plugins.aigov.engine.sarif;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Streams a SARIF log into its runs, keeping the line of every run and every result so that problems can name them.
 * Only the top-level {@code version} and {@code runs} are kept; everything else is skipped unread. The order of
 * fields does not matter (a run's {@code results} may come before its {@code tool}).
 */
final class SarifParser {
    /**
     * A result with the line where it starts, kept as compact JSON bytes until it is mapped (a run's
     * {@code originalUriBaseIds} often comes after its results, so results wait for the end of their run; bytes
     * cost a fraction of a tree's memory).
     */
    record Located(byte[] json, int line) {
        /** The result as a tree. */
        JsonNode node() {
            try {
                return SarifJson.MAPPER.readTree(json);
            }
            catch (IOException e) {
                throw new UncheckedIOException("a result written by this parser must read back", e);
            }
        }
    }

    /** A run without its results, plus the results. */
    record ParsedRun(int line, ObjectNode run, List<Located> results) {
    }

    /** The top level: {@code version} (or {@code null}), and the runs ({@code null} when there is no array). */
    record ParsedLog(JsonNode version, List<ParsedRun> runs) {
    }

    private SarifParser() {
    }

    static ParsedLog parse(final InputStream in) throws IOException {
        try (JsonParser parser = SarifJson.MAPPER.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonParseException(parser, "a SARIF log is a JSON object");
            }
            JsonNode version = null;
            List<ParsedRun> runs = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("version".equals(name)) {
                    version = SarifJson.MAPPER.readTree(parser);
                }
                else if ("runs".equals(name) && value == JsonToken.START_ARRAY) {
                    runs = runs(parser);
                }
                else {
                    parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "unexpected content after the SARIF log");
            }
            return new ParsedLog(version, runs);
        }
    }

    private static List<ParsedRun> runs(final JsonParser parser) throws IOException {
        List<ParsedRun> runs = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            int line = parser.currentTokenLocation().getLineNr();
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                runs.add(new ParsedRun(line, null, List.of()));
                continue;
            }
            runs.add(run(parser, line));
        }
        return runs;
    }

    private static ParsedRun run(final JsonParser parser, final int line) throws IOException {
        ObjectNode run = SarifJson.MAPPER.createObjectNode();
        List<Located> results = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("results".equals(name) && value == JsonToken.START_ARRAY) {
                for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                    int at = parser.currentTokenLocation().getLineNr();
                    JsonNode result = SarifJson.MAPPER.readTree(parser);
                    results.add(new Located(SarifJson.MAPPER.writeValueAsBytes(result), at));
                }
                run.putArray("results");
            }
            else {
                run.set(name, SarifJson.MAPPER.readTree(parser));
            }
        }
        return new ParsedRun(line, run, results);
    }
}
