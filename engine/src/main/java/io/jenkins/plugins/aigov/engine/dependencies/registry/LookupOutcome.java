package io.jenkins.plugins.aigov.engine.dependencies.registry;

/**
 * What the registries said about a package. Only {@link #PACKAGE_MISSING}, {@link #VERSION_MISSING} and
 * {@link #UNPUBLISHED} are findings; {@link #UNVERIFIED} is an outage and never means "missing".
 */
public enum LookupOutcome {
    /** A registry holds the package (and the version, if one was asked). */
    FOUND,
    /** Every configured registry answered that it does not hold the package. */
    PACKAGE_MISSING,
    /** A registry holds the package but no registry holds the version. */
    VERSION_MISSING,
    /** The package was removed: an npm unpublished package or a security-holding placeholder. */
    UNPUBLISHED,
    /** At least one registry gave no definite answer (unreachable, time-out, 401/403, 429 or 5xx after retries,
     * truncated, oversized or invalid body) and none found the package. */
    UNVERIFIED
}
