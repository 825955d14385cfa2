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
 * The Go module proxy client against fixture files in the proxy protocol's real formats ({@code @v/list},
 * {@code @v/<version>.info}, {@code @latest}, paths case-escaped with {@code !}) served on loopback by
 * {@link StaticRegistryServer}: no module proxy can run here, so the fixtures stand in for it.
 */
class GoProxyTest {
    private static final String MODULE = "example.test/Acme/Widget";
    private static final String ESCAPED = "example.test/!acme/!widget";

    @TempDir
    private Path root;
    private StaticRegistryServer server;
    private RegistryClient client;

    @BeforeEach
    void serve() throws IOException {
        server = new StaticRegistryServer(root);
        server.file(ESCAPED + "/@v/list", Fixtures.text("valid-go-list.txt"), Instant.now());
        server.file(ESCAPED + "/@v/v0.3.0.info", info("v0.3.0", "2019-02-03T04:05:06Z"), Instant.now());
        server.file(ESCAPED + "/@v/v1.9.3.info", info("v1.9.3", "2022-08-09T10:11:12Z"), Instant.now());
        server.file(ESCAPED + "/@v/v0.0.0-20240101120000-abcdef123456.info",
                info("v0.0.0-20240101120000-abcdef123456", "2024-01-01T12:00:00Z"), Instant.now());
        server.file("example.test/untagged/@v/list", "", Instant.now());
        server.file("example.test/untagged/@latest", info("v0.0.0-20230505050505-0123456789ab",
                "2023-05-05T05:05:05Z"), Instant.now());
        client = RegistryClient.create(Registries.only(RegistryConfig.of("go-fixture", Ecosystem.GO, server.url()))
                .build());
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static String info(final String version, final String time) {
        return "{\"Version\":\"" + version + "\",\"Time\":\"" + time + "\"}\n";
    }

    @Test
    void shouldFindATaggedVersionThroughTheEscapedPath() {
        PackageLookup lookup = client.lookup(PackageQuery.of(Ecosystem.GO, MODULE, "v1.9.3"));

        assertThat(lookup.outcome()).isEqualTo(LookupOutcome.FOUND);
        assertThat(lookup.versionPublished()).isEqualTo(Instant.parse("2022-08-09T10:11:12Z"));
        assertThat(lookup.packageCreated()).as("time of the oldest version, v0.3.0")
                .isEqualTo(Instant.parse("2019-02-03T04:05:06Z"));
        assertThat(lookup.latestVersion()).isEqualTo("v1.10.0");
        assertThat(lookup.versionCount()).isEqualTo(5);
        assertThat(lookup.evidence().get(0).url()).isEqualTo(server.url() + "/" + ESCAPED + "/@v/list");
    }

    @Test
    void shouldFindAPseudoVersionByItsInfo() {
        PackageLookup lookup = client.lookup(PackageQuery.of(Ecosystem.GO, MODULE,
                "v0.0.0-20240101120000-abcdef123456"));

        assertThat(lookup.outcome()).isEqualTo(LookupOutcome.FOUND);
        assertThat(lookup.versionPublished()).isEqualTo(Instant.parse("2024-01-01T12:00:00Z"));
    }

    @Test
    void shouldReportMissingVersionAndModule() {
        assertThat(client.lookup(PackageQuery.of(Ecosystem.GO, MODULE, "1.4.0")).outcome())
                .isEqualTo(LookupOutcome.VERSION_MISSING);
        assertThat(client.lookup(PackageQuery.of(Ecosystem.GO, "example.test/acme/widgetz", "v1.0.0")).outcome())
                .isEqualTo(LookupOutcome.PACKAGE_MISSING);
    }

    @Test
    void shouldFallBackToLatestForAModuleWithoutTags() {
        PackageLookup lookup = client.lookup(PackageQuery.of(Ecosystem.GO, "example.test/untagged", null));

        assertThat(lookup.outcome()).isEqualTo(LookupOutcome.FOUND);
        assertThat(lookup.packageCreated()).isEqualTo(Instant.parse("2023-05-05T05:05:05Z"));
    }

    @Test
    void shouldEscapeUpperCaseAsTheProxyProtocolSays() {
        assertThat(GoVersions.escape("github.example.test/BurntSushi/Toml")).isEqualTo(
                "github.example.test/!burnt!sushi/!toml");
    }
}
