package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;

/** Settings for tests: only the given loopback registries, short time limits, no back-off worth waiting for. */
final class Registries {
    private Registries() {
    }

    /** Settings that ask only {@code registries} (all of one ecosystem each), with no disk cache. */
    static RegistrySettings.Builder only(final RegistryConfig... registries) {
        RegistrySettings.Builder builder = RegistrySettings.builder()
                .connectTimeout(Duration.ofSeconds(2))
                .requestTimeout(Duration.ofSeconds(5))
                .overallTimeout(Duration.ofSeconds(30))
                .maxRetryWait(Duration.ofSeconds(2));
        for (Ecosystem ecosystem : Ecosystem.values()) {
            List<RegistryConfig> mine = java.util.Arrays.stream(registries)
                    .filter(r -> r.ecosystem() == ecosystem).toList();
            builder.registries(ecosystem, mine);
        }
        return builder;
    }

    static RegistrySettings.Builder only(final Path cache, final RegistryConfig... registries) {
        return only(registries).cacheDirectory(cache);
    }
}
