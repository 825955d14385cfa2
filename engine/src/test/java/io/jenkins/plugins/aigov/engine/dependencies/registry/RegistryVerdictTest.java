package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the answers of several registries of one ecosystem combine, with real loopback servers: "missing" needs every
 * registry to say so; one registry without an answer makes the result unverified unless another found the package.
 */
class RegistryVerdictTest {
    private static final String PACKUMENT = "{\"name\":\"shared-lib\",\"versions\":{\"1.0.0\":{}},"
            + "\"time\":{\"created\":\"2022-02-02T00:00:00.000Z\",\"1.0.0\":\"2022-02-02T00:00:00.000Z\"}}";

    @TempDir
    private Path privateRoot;
    @TempDir
    private Path publicRoot;
    private StaticRegistryServer privateRegistry;
    private StaticRegistryServer publicRegistry;
    private String closed;

    @BeforeEach
    void start() throws IOException {
        privateRegistry = new StaticRegistryServer(privateRoot);
        publicRegistry = new StaticRegistryServer(publicRoot);
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    @AfterEach
    void stop() {
        privateRegistry.close();
        publicRegistry.close();
    }

    private PackageLookup lookup(final String first, final String second, final String version) {
        try (RegistryClient client = RegistryClient.create(Registries.only(
                RegistryConfig.of("private", Ecosystem.NPM, first)).retries(0)
                .registries(Ecosystem.NPM, java.util.List.of(RegistryConfig.of("private", Ecosystem.NPM, first),
                        RegistryConfig.of("public", Ecosystem.NPM, second))).build())) {
            return client.lookup(PackageQuery.of(Ecosystem.NPM, "shared-lib", version));
        }
    }

    @Test
    void shouldReportUnverifiedWhenOneSaysMissingAndTheOtherCannotBeReached() {
        PackageLookup lookup = lookup(privateRegistry.url(), closed, "1.0.0");

        assertThat(lookup.outcome()).isEqualTo(LookupOutcome.UNVERIFIED);
        assertThat(lookup.reason()).startsWith("public: could not connect");
        assertThat(lookup.evidence()).extracting(LookupEvidence::outcome)
                .containsExactly(LookupOutcome.PACKAGE_MISSING, LookupOutcome.UNVERIFIED);
    }

    @Test
    void shouldReportMissingOnlyWhenEveryRegistrySaysSo() {
        PackageLookup lookup = lookup(privateRegistry.url(), publicRegistry.url(), "1.0.0");

        assertThat(lookup.outcome()).isEqualTo(LookupOutcome.PACKAGE_MISSING);
        assertThat(lookup.reason()).startsWith("all 2 registries");
        assertThat(lookup.evidence()).hasSize(2);
    }

    @Test
    void shouldFindThePackageInTheSecondRegistryDespiteAnOutageOfTheFirst() throws IOException {
        publicRegistry.file("shared-lib", PACKUMENT, Instant.now());

        PackageLookup lookup = lookup(closed, publicRegistry.url(), "1.0.0");

        assertThat(lookup.outcome()).isEqualTo(LookupOutcome.FOUND);
        assertThat(lookup.registry()).isEqualTo("public");
    }

    @Test
    void shouldStopAtTheFirstRegistryThatFindsThePackage() throws IOException {
        privateRegistry.file("shared-lib", PACKUMENT, Instant.now());

        PackageLookup lookup = lookup(privateRegistry.url(), publicRegistry.url(), "1.0.0");

        assertThat(lookup.outcome()).isEqualTo(LookupOutcome.FOUND);
        assertThat(publicRegistry.requests()).isZero();
    }

    @Test
    void shouldPreferVersionMissingOverPackageMissing() throws IOException {
        publicRegistry.file("shared-lib", PACKUMENT, Instant.now());

        PackageLookup lookup = lookup(privateRegistry.url(), publicRegistry.url(), "2.0.0");

        assertThat(lookup.outcome()).isEqualTo(LookupOutcome.VERSION_MISSING);
        assertThat(lookup.registry()).isEqualTo("public");
    }
}
