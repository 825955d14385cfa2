package io.jenkins.plugins.aigov.engine.dependencies.registry;

/**
 * A registry gave no definite answer; the message is the reason shown to users (it never contains credentials).
 */
final class RegistryUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String url;
    private final int httpStatus;

    RegistryUnavailableException(final String reason, final String url, final int httpStatus) {
        super(reason);
        this.url = url;
        this.httpStatus = httpStatus;
    }

    String url() {
        return url;
    }

    int httpStatus() {
        return httpStatus;
    }
}
