package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.time.Clock;

/** The protocol of one ecosystem's registries. Implementations are stateless; state lives in the context. */
interface EcosystemClient {
    /** What a look-up may use: the HTTP layer, the cache, the call's deadline and the clock. */
    record Context(HttpFetcher fetcher, LookupCache cache, Deadline deadline, Clock clock) {
    }

    /** Why {@code name} cannot be a package of this ecosystem (then it is not asked), or {@code null}. */
    String checkName(String name);

    /** What {@code registry} says about {@code query}. */
    RegistryAnswer lookup(RegistryConfig registry, PackageQuery query, Context context)
            throws RegistryUnavailableException;
}
