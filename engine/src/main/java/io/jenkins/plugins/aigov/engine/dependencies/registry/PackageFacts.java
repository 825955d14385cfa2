package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.time.Instant;
import java.util.Map;

/**
 * What one registry holds under one name, as cached. For npm, PyPI and crates.io one document carries every
 * version's date ({@code versionDatesComplete}); for Maven and Go only the version names, and a version's date
 * costs one more request ({@link VersionProbe}).
 *
 * @param state                what the registry said about the name
 * @param url                  the URL asked
 * @param httpStatus           its status
 * @param fetchedAt            when it was asked
 * @param created              first publication, or {@code null}
 * @param latest               the latest (release) version, or {@code null}
 * @param versions             version name to facts
 * @param versionDatesComplete whether {@code versions} carries every version's date
 * @param note                 why the package is unpublished, or other remarks; may be {@code null}
 */
record PackageFacts(State state, String url, int httpStatus, Instant fetchedAt, Instant created, String latest,
        Map<String, VersionFacts> versions, boolean versionDatesComplete, String note) {

    /** What a registry said about a name. */
    enum State {
        FOUND, MISSING, UNPUBLISHED
    }

    /** Canonical constructor: copies the map. */
    PackageFacts {
        versions = versions == null ? Map.of() : Map.copyOf(versions);
    }

    static PackageFacts missing(final String url, final int status, final Instant now) {
        return new PackageFacts(State.MISSING, url, status, now, null, null, Map.of(), true, null);
    }

    /**
     * One version.
     *
     * @param published  when, or {@code null} if unknown
     * @param deprecated the deprecation or yank message, or {@code null} if neither
     */
    record VersionFacts(Instant published, String deprecated) {
    }

    /**
     * The answer of the one extra request for a version (Maven POM, Go {@code .info}, PyPI version JSON).
     *
     * @param exists     whether the registry has it
     * @param published  its date, or {@code null}
     * @param url        the URL asked
     * @param httpStatus its status
     * @param fetchedAt  when it was asked
     */
    record VersionProbe(boolean exists, Instant published, String url, int httpStatus, Instant fetchedAt) {
    }
}
