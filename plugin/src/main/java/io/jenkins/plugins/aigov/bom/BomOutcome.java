package io.jenkins.plugins.aigov.bom;

import java.io.Serializable;
import java.util.List;

/**
 * What the agent sends back: the BOM's bytes (validated by the engine) and the lines to log.
 *
 * @param bom          the exact bytes of {@code bom.cdx.json}
 * @param serialNumber the BOM's serial number
 * @param digest       lower-case hex SHA-256 of {@code bom}
 * @param log          lines for the build log, in order
 * @param problems     how many inputs could not be read
 */
record BomOutcome(byte[] bom, String serialNumber, String digest, List<String> log, int problems)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    BomOutcome {
        bom = bom.clone();
        log = List.copyOf(log);
    }

    @Override
    public byte[] bom() {
        return bom.clone();
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof BomOutcome o && digest.equals(o.digest) && log.equals(o.log);
    }

    @Override
    public int hashCode() {
        return digest.hashCode();
    }

    @Override
    public String toString() {
        return "BomOutcome[" + serialNumber + ", sha256:" + digest + "]";
    }
}
