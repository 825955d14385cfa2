package io.jenkins.plugins.aigov.engine.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;

/**
 * Reads and writes {@code ai-provenance.json}. The schema is documented in {@code docs/schemas/ai-provenance.md};
 * its version is {@link ProvenanceResult#SCHEMA_VERSION}.
 */
public final class ProvenanceJson {
    private ProvenanceJson() {
    }

    /** The document for a result (pretty-printed, keys sorted, deterministic). */
    public static String write(final ProvenanceResult result) {
        try {
            return Json.PRETTY.writeValueAsString(result) + "\n";
        }
        catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the document for a result into {@code out}, the same bytes as {@link #write(ProvenanceResult)} in
     * UTF-8, without building it in memory first (the document of a large range takes tens of MB); leaves
     * {@code out} open.
     */
    public static void write(final ProvenanceResult result, final OutputStream out) throws IOException {
        // surrogate pairs (emoji) as one 4-byte UTF-8 sequence, as String.getBytes writes them, not escaped
        Json.PRETTY.writer().with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, result);
        out.write('\n');
    }

    /** Reads a document written by {@link #write}. */
    public static ProvenanceResult read(final InputStream in) throws IOException {
        return Json.PRETTY.readValue(in, ProvenanceResult.class);
    }
}
