package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.util.concurrent.atomic.AtomicLong;

/** The live counters behind {@link RegistryStats}. */
final class StatsCounter {
    final AtomicLong httpRequests = new AtomicLong();
    final AtomicLong retries = new AtomicLong();
    final AtomicLong memoryHits = new AtomicLong();
    final AtomicLong diskHits = new AtomicLong();
    final AtomicLong diskWrites = new AtomicLong();
    final AtomicLong corruptCacheFiles = new AtomicLong();

    RegistryStats snapshot() {
        return new RegistryStats(httpRequests.get(), retries.get(), memoryHits.get(), diskHits.get(),
                diskWrites.get(), corruptCacheFiles.get());
    }
}
