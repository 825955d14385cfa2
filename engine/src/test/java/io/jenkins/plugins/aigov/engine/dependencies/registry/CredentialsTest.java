package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A private registry that requires HTTP Basic (the loopback {@link StaticRegistryServer}): credentials make the
 * answer definite, their absence or rejection makes it unverified (never "missing"), and the secret appears in no
 * text the product produces and never leaves its registry's origin.
 */
class CredentialsTest {
    private static final String PASSWORD = "pr1vate-Regi5try-Secret";
    private static final String PACKUMENT = "{\"name\":\"internal-lib\",\"versions\":{\"1.0.0\":{}},"
            + "\"time\":{\"created\":\"2022-02-02T00:00:00.000Z\",\"1.0.0\":\"2022-02-02T00:00:00.000Z\"}}";

    @TempDir
    private Path root;
    @TempDir
    private Path otherRoot;
    private StaticRegistryServer server;

    @BeforeEach
    void serve() throws IOException {
        server = new StaticRegistryServer(root);
        server.file("internal-lib", PACKUMENT, Instant.now());
        server.requireBasic("ci-bot", PASSWORD);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PackageLookup lookup(final RegistryConfig registry) {
        try (RegistryClient client = RegistryClient.create(Registries.only(registry).build())) {
            return client.lookup(PackageQuery.of(Ecosystem.NPM, "internal-lib", "1.0.0"));
        }
    }

    private RegistryConfig registry(final RegistryCredentials credentials) {
        return RegistryConfig.of("corp-npm", Ecosystem.NPM, server.url()).withCredentials(credentials);
    }

    @Test
    void shouldFindThePackageWithCredentials() {
        PackageLookup lookup = lookup(registry(RegistryCredentials.basic("ci-bot", PASSWORD.toCharArray())));

        assertThat(lookup.outcome()).isEqualTo(LookupOutcome.FOUND);
        assertThat(lookup.toString()).doesNotContain(PASSWORD);
    }

    @Test
    void shouldReportUnverifiedWithoutCredentials() {
        PackageLookup lookup = lookup(registry(null));

        assertThat(lookup.outcome()).isEqualTo(LookupOutcome.UNVERIFIED);
        assertThat(lookup.reason()).contains("HTTP 401").contains("needs credentials");
    }

    @Test
    void shouldReportUnverifiedWithWrongCredentials() {
        PackageLookup lookup = lookup(registry(RegistryCredentials.basic("ci-bot", "wrong".toCharArray())));

        assertThat(lookup.outcome()).isEqualTo(LookupOutcome.UNVERIFIED);
        assertThat(lookup.reason()).contains("refused the credentials");
    }

    @Test
    void shouldNeverPrintTheSecret() throws IOException {
        RegistryConfig basic = registry(RegistryCredentials.basic("ci-bot", PASSWORD.toCharArray()));
        RegistryConfig bearer = registry(RegistryCredentials.bearer(PASSWORD.toCharArray()));
        RegistrySettings settings = Registries.only(basic).addFirst(bearer).build();
        PackageLookup lookup = lookup(basic);

        assertThat(List.of(basic.toString(), bearer.toString(), settings.toString(), lookup.toString(),
                lookup.evidence().toString())).allSatisfy(text -> assertThat(text).doesNotContain(PASSWORD));
        assertThat(basic.toString()).contains("ci-bot").contains("****");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(settings);
        }
        assertThat(bytes.size()).as("settings cross an agent channel").isPositive();
    }

    @Test
    void shouldNotSendCredentialsToAnotherOrigin() throws IOException {
        AtomicReference<String> seen = new AtomicReference<>("none");
        try (StaticRegistryServer other = new StaticRegistryServer(otherRoot)) {
            other.override("/internal-lib", exchange -> {
                seen.set(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
                FaultInjectionTest.respond(exchange, 200, PACKUMENT);
            });
            server.override("/internal-lib", exchange -> {
                exchange.getResponseHeaders().set("Location", other.url() + "/internal-lib");
                FaultInjectionTest.respond(exchange, 302, "");
            });

            PackageLookup lookup = lookup(registry(RegistryCredentials.basic("ci-bot", PASSWORD.toCharArray())));

            assertThat(lookup.outcome()).isEqualTo(LookupOutcome.FOUND);
            assertThat(seen.get()).isEqualTo("null");
        }
    }
}
