package io.jenkins.plugins.aigov.engine.bom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.jenkins.plugins.aigov.engine.report.ReportFiles;

/**
 * The in-toto Statement v1 that a BOM signature covers: its one subject is the BOM file ({@code bom.cdx.json} with
 * the SHA-256 of its exact bytes), its predicate type is CycloneDX's, and its predicate is the BOM itself, so the
 * envelope alone carries everything it vouches for.
 */
public final class BomStatement {
    /** The in-toto statement type. */
    public static final String STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
    /** The predicate type CycloneDX registers for in-toto. */
    public static final String PREDICATE_TYPE = "https://cyclonedx.org/bom";

    private BomStatement() {
    }

    /** The statement as compact JSON (UTF-8 bytes), the DSSE payload. */
    public static byte[] of(final byte[] bomBytes) {
        ObjectNode statement = BomJson.object().put("_type", STATEMENT_TYPE);
        statement.putArray("subject").addObject().put("name", ReportFiles.BOM_JSON).putObject("digest")
                .put("sha256", BomJson.sha256(bomBytes));
        statement.put("predicateType", PREDICATE_TYPE);
        statement.set("predicate", parse(bomBytes));
        return BomJson.compact(statement).getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode parse(final byte[] bomBytes) {
        try {
            return BomJson.MAPPER.readTree(bomBytes);
        }
        catch (IOException e) {
            throw new UncheckedIOException("the BOM is not JSON", e);
        }
    }
}
