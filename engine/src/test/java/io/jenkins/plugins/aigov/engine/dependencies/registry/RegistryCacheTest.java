package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The memory and disk cache, with requests counted by the loopback server: a warm run asks nothing, an expired
 * entry is asked again, a corrupt file is ignored and replaced, and a name is asked once per run.
 */
class RegistryCacheTest {
    private static final int NAMES = 50;

    @TempDir
    private Path root;
    @TempDir
    private Path cache;
    private StaticRegistryServer server;
    private final List<PackageQuery> queries = new ArrayList<>();

    @BeforeEach
    void serve() throws IOException {
        server = new StaticRegistryServer(root);
        for (int i = 0; i < NAMES; i++) {
            String name = "cached-pkg-" + i;
            server.file(name, "{\"name\":\"" + name + "\",\"versions\":{\"1.0.0\":{}},\"time\":{\"created\":"
                    + "\"2021-01-01T00:00:00.000Z\",\"1.0.0\":\"2021-01-01T00:00:00.000Z\"},"
                    + "\"dist-tags\":{\"latest\":\"1.0.0\"}}", Instant.now());
            queries.add(PackageQuery.of(Ecosystem.NPM, name, "1.0.0"));
        }
        queries.add(PackageQuery.of(Ecosystem.NPM, "cached-but-missing", "1.0.0"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private List<PackageLookup> run(final Clock clock) {
        RegistrySettings settings = Registries.only(cache, RegistryConfig.of("npm-fixture", Ecosystem.NPM,
                server.url())).cacheTtl(Duration.ofHours(1)).build();
        try (RegistryClient client = RegistryClient.create(settings, clock)) {
            return client.lookup(queries);
        }
    }

    @Test
    void shouldMakeNoRequestOnAWarmRun() {
        List<PackageLookup> cold = run(Clock.systemUTC());
        int coldRequests = server.requests();
        server.resetRequests();

        List<PackageLookup> warm = run(Clock.systemUTC());

        assertThat(coldRequests).isEqualTo(NAMES + 1);
        assertThat(server.requests()).isZero();
        assertThat(warm).extracting(PackageLookup::outcome).isEqualTo(cold.stream().map(PackageLookup::outcome)
                .toList());
        assertThat(warm.get(NAMES).outcome()).isEqualTo(LookupOutcome.PACKAGE_MISSING);
        assertThat(warm).allSatisfy(lookup -> assertThat(lookup.evidence().get(0).fromCache()).isTrue());
        assertThat(warm.get(0).versionPublished()).isEqualTo(cold.get(0).versionPublished());
    }

    @Test
    void shouldAskAgainWhenTheEntriesExpired() {
        Instant now = Instant.now();
        run(Clock.fixed(now, ZoneOffset.UTC));
        server.resetRequests();

        run(Clock.fixed(now.plus(Duration.ofMinutes(30)), ZoneOffset.UTC));
        assertThat(server.requests()).as("still fresh").isZero();

        run(Clock.fixed(now.plus(Duration.ofMinutes(61)), ZoneOffset.UTC));
        assertThat(server.requests()).as("expired").isEqualTo(NAMES + 1);
    }

    @Test
    void shouldReplaceACorruptCacheFile() throws IOException {
        run(Clock.systemUTC());
        Path victim;
        try (Stream<Path> files = Files.walk(cache)) {
            victim = files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        Files.writeString(victim, "{\"format\":1,\"key\":", StandardCharsets.UTF_8);
        server.resetRequests();

        RegistrySettings settings = Registries.only(cache, RegistryConfig.of("npm-fixture", Ecosystem.NPM,
                server.url())).build();
        try (RegistryClient client = RegistryClient.create(settings)) {
            List<PackageLookup> lookups = client.lookup(queries);

            assertThat(lookups).extracting(PackageLookup::outcome).doesNotContain(LookupOutcome.UNVERIFIED);
            assertThat(client.stats().corruptCacheFiles()).isEqualTo(1);
        }
        assertThat(server.requests()).isEqualTo(1);
        assertThat(Files.readString(victim, StandardCharsets.UTF_8)).contains("\"storedAt\"");
    }

    @Test
    void shouldAskEachNameOnceInARun() {
        List<PackageQuery> repeated = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            repeated.add(PackageQuery.of(Ecosystem.NPM, "cached-pkg-1", "1.0.0"));
            repeated.add(PackageQuery.of(Ecosystem.NPM, "cached-pkg-1", "2.0.0"));
            repeated.add(PackageQuery.of(Ecosystem.NPM, "cached-pkg-1", null));
        }
        try (RegistryClient client = RegistryClient.create(Registries.only(RegistryConfig.of("npm-fixture",
                Ecosystem.NPM, server.url())).build())) {
            List<PackageLookup> lookups = client.lookup(repeated);

            assertThat(lookups).hasSize(15);
            assertThat(lookups.get(1).outcome()).isEqualTo(LookupOutcome.VERSION_MISSING);
            assertThat(client.stats().httpRequests()).isEqualTo(1);
        }
        assertThat(server.requests()).isEqualTo(1);
    }
}
