package io.jenkins.plugins.aigov.engine.bom;

import io.jenkins.plugins.aigov.engine.GovernanceException;

/** A key that is not a PEM Ed25519 or ECDSA P-256 key in the expected encoding; the message says what it is. */
public class UnsupportedKeyException extends GovernanceException {
    private static final long serialVersionUID = 1L;

    /** A usage error naming what is wrong with the key. */
    public UnsupportedKeyException(final String message) {
        super(message, true);
    }
}
