package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crates.io client against a fixture in the real {@code /api/v1/crates/<name>} format ({@code crate} and
 * {@code versions} with {@code created_at} and {@code yanked}) served on loopback by {@link StaticRegistryServer}:
 * crates.io cannot run here, so the fixture stands in for it.
 */
class CratesRegistryTest {
    @TempDir
    private Path root;
    private StaticRegistryServer server;
    private RegistryClient client;

    @BeforeEach
    void serve() throws IOException {
        server = new StaticRegistryServer(root);
        server.file("api/v1/crates/widget-core", Fixtures.text("valid-crates-crate.json"), Instant.now());
        client = RegistryClient.create(Registries.only(RegistryConfig.of("crates-fixture", Ecosystem.CARGO,
                server.url())).build());
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void shouldFindAVersionWithItsDate() {
        PackageLookup lookup = client.lookup(PackageQuery.of(Ecosystem.CARGO, "widget-core", "0.4.2"));

        assertThat(lookup.outcome()).isEqualTo(LookupOutcome.FOUND);
        assertThat(lookup.versionPublished()).isEqualTo(Instant.parse("2021-11-12T13:14:15Z"));
        assertThat(lookup.packageCreated()).isEqualTo(Instant.parse("2016-04-05T06:07:08.123456Z"));
        assertThat(lookup.latestVersion()).isEqualTo("0.4.2");
        assertThat(lookup.versionCount()).isEqualTo(4);
        assertThat(lookup.deprecated()).isFalse();
    }

    @Test
    void shouldReportAYankedVersionAsDeprecated() {
        PackageLookup lookup = client.lookup(PackageQuery.of(Ecosystem.CARGO, "widget-core", "0.4.1"));

        assertThat(lookup.outcome()).isEqualTo(LookupOutcome.FOUND);
        assertThat(lookup.deprecationMessage()).isEqualTo("yanked");
    }

    @Test
    void shouldReportMissingVersionAndCrate() {
        assertThat(client.lookup(PackageQuery.of(Ecosystem.CARGO, "widget-core", "1.0.0")).outcome())
                .isEqualTo(LookupOutcome.VERSION_MISSING);
        assertThat(client.lookup(PackageQuery.of(Ecosystem.CARGO, "widget-core-ai", "1.0.0")).outcome())
                .isEqualTo(LookupOutcome.PACKAGE_MISSING);
    }
}
