package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * What one registry answered, for the report.
 *
 * @param registry   the registry's name
 * @param url        the URL asked (never with credentials)
 * @param httpStatus the HTTP status, or 0 when no response came
 * @param askedAt    when it was asked (for a cached answer: when the answer was fetched)
 * @param fromCache  whether the answer came from the disk cache
 * @param outcome    what this registry alone said
 * @param detail     a short explanation, e.g. the reason of an unverified answer
 */
public record LookupEvidence(String registry, String url, int httpStatus, Instant askedAt, boolean fromCache,
        LookupOutcome outcome, String detail) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Canonical constructor: no nulls except the time. */
    public LookupEvidence {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(outcome, "outcome");
        url = url == null ? "" : url;
        detail = detail == null ? "" : detail;
    }
}
