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
 * The PyPI client against fixture files in the real JSON API format ({@code info}, {@code releases} with
 * {@code upload_time_iso_8601} and {@code yanked}) served on loopback by {@link StaticRegistryServer}: no PyPI
 * server can run here (none is packaged and the public index is unreachable), so the fixtures stand in for it.
 */
class PyPiRegistryTest {
    @TempDir
    private Path root;
    private StaticRegistryServer server;
    private RegistryClient client;

    @BeforeEach
    void serve() throws IOException {
        server = new StaticRegistryServer(root);
        server.file("pypi/widget-parser/json", Fixtures.text("valid-pypi-project.json"), Instant.now());
        server.file("pypi/widget-parser/2.1.0rc1/json", Fixtures.text("valid-pypi-version.json"), Instant.now());
        client = RegistryClient.create(Registries.only(RegistryConfig.of("pypi-fixture", Ecosystem.PYPI,
                server.url())).build());
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void shouldFindAReleaseUnderANonNormalisedNameWithItsEarliestUpload() {
        PackageLookup lookup = client.lookup(PackageQuery.of(Ecosystem.PYPI, "Widget_Parser", "1.0.0"));

        assertThat(lookup.outcome()).isEqualTo(LookupOutcome.FOUND);
        assertThat(lookup.versionPublished()).isEqualTo(Instant.parse("2018-01-02T02:59:00.000001Z"));
        assertThat(lookup.packageCreated()).isEqualTo(Instant.parse("2017-05-10T11:22:33.456789Z"));
        assertThat(lookup.latestVersion()).isEqualTo("2.1.0");
        assertThat(lookup.versionCount()).isEqualTo(3);
        assertThat(lookup.deprecated()).isTrue();
        assertThat(lookup.deprecationMessage()).isEqualTo("yanked: broken metadata");
        assertThat(lookup.evidence().get(0).url()).isEqualTo(server.url() + "/pypi/widget-parser/json");
    }

    @Test
    void shouldMatchAVersionSpelledDifferently() {
        PackageLookup lookup = client.lookup(PackageQuery.of(Ecosystem.PYPI, "widget-parser", "0.9.0"));

        assertThat(lookup.outcome()).isEqualTo(LookupOutcome.FOUND);
        assertThat(lookup.versionPublished()).isEqualTo(Instant.parse("2017-05-10T11:22:33.456789Z"));
        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void shouldAskTheVersionEndpointForAVersionNotInTheReleases() {
        PackageLookup found = client.lookup(PackageQuery.of(Ecosystem.PYPI, "widget.parser", "2.1.0rc1"));
        PackageLookup missing = client.lookup(PackageQuery.of(Ecosystem.PYPI, "widget.parser", "3.0"));

        assertThat(found.outcome()).isEqualTo(LookupOutcome.FOUND);
        assertThat(found.versionPublished()).isEqualTo(Instant.parse("2023-08-30T10:00:00Z"));
        assertThat(missing.outcome()).isEqualTo(LookupOutcome.VERSION_MISSING);
        assertThat(missing.evidence()).extracting(LookupEvidence::url).containsExactly(
                server.url() + "/pypi/widget-parser/json", server.url() + "/pypi/widget-parser/3.0/json");
    }

    @Test
    void shouldReportAnInventedProjectAsPackageMissing() {
        assertThat(client.lookup(PackageQuery.of(Ecosystem.PYPI, "widget-parser-pro-ai", "1.0")).outcome())
                .isEqualTo(LookupOutcome.PACKAGE_MISSING);
    }
}
