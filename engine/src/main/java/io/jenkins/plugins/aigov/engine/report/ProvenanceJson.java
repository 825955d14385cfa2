package io.jenkins.plugins.aigov.engine.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;

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

    /** Reads a document written by {@link #write}. */
    public static ProvenanceResult read(final InputStream in) throws IOException {
        return Json.PRETTY.readValue(in, ProvenanceResult.class);
    }
}
