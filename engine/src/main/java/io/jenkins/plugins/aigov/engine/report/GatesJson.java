package io.jenkins.plugins.aigov.engine.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.jenkins.plugins.aigov.engine.gates.GatesResult;

/**
 * Reads and writes {@code ai-gates.json}. The schema is documented in {@code docs/schemas/ai-gates.md}; its version
 * is {@link GatesResult#SCHEMA_VERSION}. Times are ISO-8601 UTC strings; keys are sorted, so equal results give
 * equal bytes.
 */
public final class GatesJson {
    private static final ObjectMapper MAPPER = Json.PRETTY.copy().registerModule(new SimpleModule("instants")
            .addSerializer(Instant.class, new InstantWriter())
            .addDeserializer(Instant.class, new InstantReader()));

    private GatesJson() {
    }

    /** The document for a result (pretty-printed, keys sorted, deterministic). */
    public static String write(final GatesResult result) {
        try {
            return MAPPER.writeValueAsString(result) + "\n";
        }
        catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a document written by {@link #write}. */
    public static GatesResult read(final InputStream in) throws IOException {
        return MAPPER.readValue(in, GatesResult.class);
    }

    /** Writes an instant as its ISO-8601 text. */
    private static final class InstantWriter extends JsonSerializer<Instant> {
        @Override
        public void serialize(final Instant value, final JsonGenerator generator, final SerializerProvider provider)
                throws IOException {
            generator.writeString(value.toString());
        }
    }

    /** Reads an ISO-8601 instant. */
    private static final class InstantReader extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(final JsonParser parser, final DeserializationContext context) throws IOException {
            return Instant.parse(parser.getValueAsString());
        }
    }
}
