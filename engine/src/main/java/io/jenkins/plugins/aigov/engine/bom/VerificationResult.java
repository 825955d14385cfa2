package io.jenkins.plugins.aigov.engine.bom;

import java.io.Serializable;

/**
 * The outcome of checking a BOM signature.
 *
 * @param status  what was found
 * @param message a sentence for people that names the key, the digests or the broken field
 * @param keyId   the key id of the public key given, or {@code null} when it could not be read
 */
public record VerificationResult(Status status, String message, String keyId) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What a verification found. */
    public enum Status {
        /** The signature verifies and the BOM is the one signed. */
        OK,
        /** The signature verifies but the BOM's SHA-256 differs from the signed subject: the BOM was changed. */
        DIGEST_MISMATCH,
        /** No signature verifies with the key: the envelope was changed, or another key signed it. */
        BAD_SIGNATURE,
        /** The envelope or the statement in it is not what a BOM signature looks like. */
        MALFORMED_ENVELOPE,
        /** The public key is not a PEM Ed25519 or ECDSA P-256 key. */
        UNSUPPORTED_KEY
    }

    /** Whether the BOM is authentic. */
    public boolean isOk() {
        return status == Status.OK;
    }
}
