package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;
import io.jenkins.plugins.aigov.engine.dependencies.registry.VerdaccioExtension.Verdaccio;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The npm client against a real Verdaccio 5 on loopback, with packages published by the real npm CLI (see
 * {@link VerdaccioExtension}). Only the unpublished stub is a fixture: Verdaccio deletes an unpublished package
 * outright, while the public registry keeps a stub with {@code time.unpublished}.
 */
@ExtendWith(VerdaccioExtension.class)
class NpmRegistryTest {
    private RegistryClient client;

    @BeforeEach
    void startClient(final Verdaccio verdaccio) {
        client = RegistryClient.create(Registries.only(RegistryConfig.of("verdaccio", Ecosystem.NPM,
                verdaccio.url())).build());
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void shouldFindAnOldPackageWithItsPublicationDates(final Verdaccio verdaccio) {
        PackageLookup lookup = client.lookup(PackageQuery.of(Ecosystem.NPM, Verdaccio.OLD, "1.1.0"));

        assertThat(lookup.outcome()).isEqualTo(LookupOutcome.FOUND);
        assertThat(lookup.packageCreated()).isEqualTo(Instant.parse(Verdaccio.OLD_CREATED));
        assertThat(lookup.versionPublished()).isEqualTo(Instant.parse("2020-06-15T08:30:00Z"));
        assertThat(lookup.latestVersion()).isEqualTo("2.0.0");
        assertThat(lookup.versionCount()).isEqualTo(3);
        assertThat(lookup.deprecated()).isFalse();
        assertThat(lookup.registry()).isEqualTo("verdaccio");
        assertThat(lookup.evidence()).singleElement().satisfies(evidence -> {
            assertThat(evidence.url()).isEqualTo(verdaccio.url() + "/" + Verdaccio.OLD);
            assertThat(evidence.httpStatus()).isEqualTo(200);
            assertThat(evidence.registry()).isEqualTo("verdaccio");
            assertThat(evidence.fromCache()).isFalse();
        });
    }

    @Test
    void shouldReportAnInventedNameAsPackageMissing() {
        PackageLookup lookup = client.lookup(PackageQuery.of(Ecosystem.NPM, "aigov-surely-hallucinated-pkg", "1.0.0"));

        assertThat(lookup.outcome()).isEqualTo(LookupOutcome.PACKAGE_MISSING);
        assertThat(lookup.evidence()).singleElement().extracting(LookupEvidence::httpStatus).isEqualTo(404);
    }

    @Test
    void shouldReportAnUnknownVersionAsVersionMissing() {
        PackageLookup lookup = client.lookup(PackageQuery.of(Ecosystem.NPM, Verdaccio.OLD, "9.9.9"));

        assertThat(lookup.outcome()).isEqualTo(LookupOutcome.VERSION_MISSING);
        assertThat(lookup.latestVersion()).isEqualTo("2.0.0");
        assertThat(lookup.reason()).contains("9.9.9");
    }

    @Test
    void shouldSeeThatAFreshPackageWasCreatedToday() {
        PackageLookup lookup = client.lookup(PackageQuery.of(Ecosystem.NPM, Verdaccio.FRESH, "0.1.0"));

        assertThat(lookup.outcome()).isEqualTo(LookupOutcome.FOUND);
        Instant now = Instant.now();
        assertThat(lookup.packageCreated()).isBetween(now.minus(Duration.ofHours(1)), now.plusSeconds(60));
        assertThat(lookup.versionPublished()).isEqualTo(lookup.packageCreated());
    }

    @Test
    void shouldReportADeprecatedVersionWithItsMessage() {
        List<PackageLookup> lookups = client.lookup(List.of(
                PackageQuery.of(Ecosystem.NPM, Verdaccio.DEPRECATED, "1.0.0"),
                PackageQuery.of(Ecosystem.NPM, Verdaccio.DEPRECATED, "1.1.0")));

        assertThat(lookups.get(0).outcome()).isEqualTo(LookupOutcome.FOUND);
        assertThat(lookups.get(0).deprecated()).isTrue();
        assertThat(lookups.get(0).deprecationMessage()).isEqualTo(Verdaccio.DEPRECATION);
        assertThat(lookups.get(1).deprecated()).isFalse();
        assertThat(client.stats().httpRequests()).as("one packument for both versions").isEqualTo(1);
    }

    @Test
    void shouldFindAScopedPackage(final Verdaccio verdaccio) {
        PackageLookup lookup = client.lookup(PackageQuery.of(Ecosystem.NPM, Verdaccio.SCOPED, "3.2.1"));

        assertThat(lookup.outcome()).isEqualTo(LookupOutcome.FOUND);
        assertThat(lookup.evidence().get(0).url()).isEqualTo(verdaccio.url() + "/@aigov-test%2fscoped-widget");
        assertThat(client.lookup(PackageQuery.of(Ecosystem.NPM, "@aigov-test/invented", null)).outcome())
                .isEqualTo(LookupOutcome.PACKAGE_MISSING);
    }

    @Test
    void shouldReportASecurityHoldingPlaceholderAsUnpublished() {
        PackageLookup lookup = client.lookup(PackageQuery.of(Ecosystem.NPM, Verdaccio.HELD, "1.2.3"));

        assertThat(lookup.outcome()).isEqualTo(LookupOutcome.UNPUBLISHED);
        assertThat(lookup.reason()).contains("security-holding");
    }

    @Test
    void shouldReportAnUnpublishedStubAsUnpublished(@TempDir final Path root) throws IOException {
        try (StaticRegistryServer server = new StaticRegistryServer(root);
                RegistryClient stubs = RegistryClient.create(Registries.only(
                        RegistryConfig.of("stub", Ecosystem.NPM, server.url())).build())) {
            server.file("left-over", Fixtures.text("valid-npm-unpublished.json"), Instant.now());

            PackageLookup lookup = stubs.lookup(PackageQuery.of(Ecosystem.NPM, "left-over", "1.0.0"));

            assertThat(lookup.outcome()).isEqualTo(LookupOutcome.UNPUBLISHED);
            assertThat(lookup.reason()).contains("2023-05-04T12:00:00.000Z");
        }
    }
}
