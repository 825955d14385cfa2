package io.jenkins.plugins.aigov.engine.sarif;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The official OASIS SARIF 2.1.0 JSON schema (Approved Errata 01), bundled as
 * {@code sarif-schema-2.1.0.json} next to this class (origin and licence in the {@code .NOTICE.txt} beside it), read
 * once from the class path with the JSON-schema dialect it declares (draft-04). Nothing is fetched.
 */
final class SarifSchema {
    /** The schema's resource name. */
    static final String RESOURCE = "sarif-schema-2.1.0.json";
    /** The schema's own id, written as {@code $schema} into every log. */
    static final String ID = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
            + "sarif-schema-2.1.0.json";

    private SarifSchema() {
    }

    /** Loaded on first use; validation with a loaded schema is thread-safe. */
    private static final class Holder {
        static final Schema SCHEMA = load();

        private static Schema load() {
            try (InputStream in = SarifSchema.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the engine's resources");
                }
                JsonNode schema = SarifJson.MAPPER.readTree(in);
                return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schema);
            }
            catch (IOException e) {
                throw new UncheckedIOException("cannot load the SARIF 2.1.0 schema", e);
            }
        }
    }

    /** The schema errors as {@code path: message}, sorted; empty when the log is valid. */
    static List<String> errors(final JsonNode log) {
        return Holder.SCHEMA.validate(log).stream().map(SarifSchema::describe).distinct().sorted().toList();
    }

    private static String describe(final Error error) {
        return error.getInstanceLocation() + ": " + error.getMessage();
    }

    /** Throws when the log is not valid. */
    static void check(final JsonNode log) throws InvalidSarifException {
        List<String> errors = errors(log);
        if (!errors.isEmpty()) {
            throw new InvalidSarifException(errors);
        }
    }
}
