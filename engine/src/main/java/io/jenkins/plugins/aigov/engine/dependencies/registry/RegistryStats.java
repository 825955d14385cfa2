package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.io.Serializable;

/**
 * Counters of one {@link RegistryClient}, so a caller (or a test, or a benchmark) can see what a run cost.
 *
 * @param httpRequests HTTP exchanges started, retries and redirects included
 * @param retries      of those, the ones that repeated a failed exchange
 * @param memoryHits   answers reused within the run
 * @param diskHits     answers read from a fresh disk cache entry
 * @param diskWrites   answers written to the disk cache
 * @param corruptCacheFiles cache files that could not be read and were replaced
 */
public record RegistryStats(long httpRequests, long retries, long memoryHits, long diskHits, long diskWrites,
        long corruptCacheFiles) implements Serializable {
    private static final long serialVersionUID = 1L;
}
