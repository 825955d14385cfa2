package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.io.IOException;

/** A response body that is complete but not what the protocol says it should be. */
final class InvalidBodyException extends IOException {
    private static final long serialVersionUID = 1L;

    InvalidBodyException(final String message) {
        super(message);
    }

    InvalidBodyException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
