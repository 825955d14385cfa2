package io.jenkins.plugins.aigov.engine.bom;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An AI Bill of Materials: a CycloneDX 1.6 JSON document, already validated against the official schema. Immutable;
 * its bytes are the file {@code bom.cdx.json}.
 */
public final class AiBom implements Serializable {
    /** The version of the {@code aigov:} property set (see {@code docs/schemas/aigov-properties.md}). */
    public static final String PROPERTIES_VERSION = "1.0";
    /** The CycloneDX specification version written. */
    public static final String SPEC_VERSION = "1.6";
    /** The media type of the JSON. */
    public static final String MEDIA_TYPE = "application/vnd.cyclonedx+json; version=1.6";
    private static final long serialVersionUID = 1L;

    private final byte[] json;
    private final String serialNumber;
    private final String digest;

    AiBom(final byte[] json, final String serialNumber) {
        this.json = json.clone();
        this.serialNumber = serialNumber;
        this.digest = BomJson.sha256(json);
    }

    /** The JSON text (UTF-8, {@code \n} line ends, final newline). */
    public String toJson() {
        return new String(json, StandardCharsets.UTF_8);
    }

    /** The exact bytes to write, sign and hash. */
    public byte[] bytes() {
        return json.clone();
    }

    /** The serial number, {@code urn:uuid:…}. */
    public String serialNumber() {
        return serialNumber;
    }

    /** Lower-case hex SHA-256 of {@link #bytes()}. */
    public String digest() {
        return digest;
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof AiBom && Arrays.equals(json, ((AiBom) other).json);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(json);
    }

    @Override
    public String toString() {
        return "AiBom[" + serialNumber + ", sha256:" + digest + "]";
    }
}
