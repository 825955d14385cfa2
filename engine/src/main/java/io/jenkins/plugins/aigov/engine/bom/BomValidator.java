package io.jenkins.plugins.aigov.engine.bom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;

/**
 * Validates BOM JSON against the official CycloneDX 1.6 JSON schema that CycloneDX core ships, through the schema
 * object of its {@link JsonParser} (loaded once, offline), so that each error names the JSON path it is about.
 */
final class BomValidator {
    private BomValidator() {
    }

    /** Loaded on first use; validation with a loaded schema is thread-safe. */
    private static final class Holder {
        static final Schema SCHEMA = load();

        private static Schema load() {
            try {
                return new JsonParser().getJsonSchema(Version.VERSION_16, BomJson.MAPPER);
            }
            catch (IOException e) {
                throw new UncheckedIOException("cannot load the CycloneDX 1.6 schema", e);
            }
        }
    }

    /** The schema errors as {@code path: message}, sorted; empty when the BOM is valid. */
    static List<String> errors(final JsonNode bom) {
        return Holder.SCHEMA.validate(bom).stream().map(BomValidator::describe).distinct().sorted().toList();
    }

    private static String describe(final Error error) {
        return error.getInstanceLocation() + ": " + error.getMessage();
    }

    /** Throws when the BOM is not valid. */
    static void check(final JsonNode bom) throws InvalidBomException {
        List<String> errors = errors(bom);
        if (!errors.isEmpty()) {
            throw new InvalidBomException(errors);
        }
    }
}
