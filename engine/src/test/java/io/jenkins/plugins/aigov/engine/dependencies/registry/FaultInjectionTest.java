package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registry failures injected with handlers of ours on the loopback {@link StaticRegistryServer}: each must end as
 * {@link LookupOutcome#UNVERIFIED} with a reason (or succeed after a retry), never as a crash, a hang or "missing".
 * The wall-clock checks are only a safety net against hangs, with generous margins over the configured limits.
 */
class FaultInjectionTest {
    private static final String PACKUMENT = "{\"name\":\"pkg\",\"versions\":{\"1.0.0\":{}},"
            + "\"time\":{\"created\":\"2020-01-01T00:00:00.000Z\",\"1.0.0\":\"2020-01-01T00:00:00.000Z\"},"
            + "\"dist-tags\":{\"latest\":\"1.0.0\"}}";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);

    @TempDir
    private Path root;
    private StaticRegistryServer server;

    @BeforeEach
    void start() throws IOException {
        server = new StaticRegistryServer(root);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PackageLookup lookup(final String baseUrl, final RegistrySettings.Builder tweaks) {
        RegistrySettings settings = tweaks.registries(Ecosystem.NPM,
                java.util.List.of(RegistryConfig.of("faulty", Ecosystem.NPM, baseUrl))).build();
        try (RegistryClient client = RegistryClient.create(settings)) {
            return client.lookup(PackageQuery.of(Ecosystem.NPM, "pkg", "1.0.0"));
        }
    }

    private RegistrySettings.Builder fast() {
        return Registries.only().requestTimeout(REQUEST_TIMEOUT).retries(2).maxRetryWait(Duration.ofSeconds(2));
    }

    private static long timed(final Runnable action) {
        long start = System.nanoTime();
        action.run();
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    @Test
    void shouldRetryAClosedPortAndGiveUpUnverified() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        PackageLookup[] result = new PackageLookup[1];
        long millis = timed(() -> result[0] = lookup("http://127.0.0.1:" + port, fast()));

        assertThat(result[0].outcome()).isEqualTo(LookupOutcome.UNVERIFIED);
        assertThat(result[0].reason()).contains("could not connect").contains("3 attempts");
        assertThat(millis).isLessThan(15_000);
    }

    @Test
    void shouldGiveUpWhenNoResponseComesInTime() {
        server.override("/pkg", exchange -> sleep(5_000));
        PackageLookup[] result = new PackageLookup[1];
        long millis = timed(() -> result[0] = lookup(server.url(), fast()));

        assertThat(result[0].outcome()).isEqualTo(LookupOutcome.UNVERIFIED);
        assertThat(result[0].reason()).contains("no response within 1000 ms");
        assertThat(millis).isLessThan(REQUEST_TIMEOUT.toMillis() + 4_000);
    }

    @Test
    void shouldHonourRetryAfterAndSucceed() {
        AtomicInteger calls = new AtomicInteger();
        server.override("/pkg", exchange -> {
            if (calls.incrementAndGet() == 1) {
                exchange.getResponseHeaders().set("Retry-After", "1");
                respond(exchange, 429, "{\"error\":\"slow down\"}");
            }
            else {
                respond(exchange, 200, PACKUMENT);
            }
        });
        PackageLookup[] result = new PackageLookup[1];
        long millis = timed(() -> result[0] = lookup(server.url(), fast()));

        assertThat(result[0].outcome()).isEqualTo(LookupOutcome.FOUND);
        assertThat(calls).hasValue(2);
        assertThat(millis).as("waited for Retry-After").isGreaterThanOrEqualTo(900);
    }

    @Test
    void shouldStopRetryingWhenRetryAfterIsBeyondTheCap() {
        server.override("/pkg", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "Wed, 21 Oct 2099 07:28:00 GMT");
            respond(exchange, 429, "{}");
        });

        PackageLookup result = lookup(server.url(), fast());

        assertThat(result.outcome()).isEqualTo(LookupOutcome.UNVERIFIED);
        assertThat(result.reason()).contains("HTTP 429").contains("more than the limit");
        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void shouldGiveUpAfterRepeatedServerErrors() {
        server.override("/pkg", exchange -> respond(exchange, 500, "oops"));

        PackageLookup result = lookup(server.url(), fast());

        assertThat(result.outcome()).isEqualTo(LookupOutcome.UNVERIFIED);
        assertThat(result.reason()).contains("HTTP 500").contains("3 attempts");
        assertThat(result.evidence()).singleElement().extracting(LookupEvidence::httpStatus).isEqualTo(500);
        assertThat(server.requests()).isEqualTo(3);
    }

    @Test
    void shouldReportATruncatedBody() {
        server.override("/pkg", exchange -> {
            exchange.sendResponseHeaders(200, 5_000);
            OutputStream out = exchange.getResponseBody();
            out.write(PACKUMENT.substring(0, 40).getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new IOException("drop the connection");
        });

        PackageLookup result = lookup(server.url(), fast());

        assertThat(result.outcome()).isEqualTo(LookupOutcome.UNVERIFIED);
        assertThat(result.reason()).containsAnyOf("truncated", "no complete response");
    }

    @Test
    void shouldRefuseAnOversizedBodyWhileStreaming() {
        server.override("/pkg", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = (" ".repeat(1023) + "\n").getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write('{');
                for (int i = 0; i < 100 * 1024; i++) {
                    out.write(chunk);
                }
            }
            catch (IOException e) {
                // the client hung up, as it should
            }
        });

        PackageLookup result = lookup(server.url(), fast().maxResponseBytes(64 * 1024));

        assertThat(result.outcome()).isEqualTo(LookupOutcome.UNVERIFIED);
        assertThat(result.reason()).contains("larger than the limit of 65536 bytes");
    }

    @Test
    void shouldRefuseADeclaredOversizedBodyWithoutReadingIt() {
        server.override("/pkg", exchange -> respond(exchange, 200, PACKUMENT + " ".repeat(70_000)));

        PackageLookup result = lookup(server.url(), fast().maxResponseBytes(64 * 1024));

        assertThat(result.outcome()).isEqualTo(LookupOutcome.UNVERIFIED);
        assertThat(result.reason()).contains("larger than the limit");
    }

    @Test
    void shouldReportInvalidJson() {
        server.override("/pkg", exchange -> respond(exchange, 200, "{\"name\": \"pkg\", \"versions\": [1, 2,"));

        PackageLookup result = lookup(server.url(), fast());

        assertThat(result.outcome()).isEqualTo(LookupOutcome.UNVERIFIED);
        assertThat(result.reason()).contains("invalid JSON");
    }

    @Test
    void shouldReportAnHtmlErrorPageAsInvalid() {
        server.override("/pkg", exchange -> respond(exchange, 200, "<html><body>captive portal</body></html>"));

        PackageLookup result = lookup(server.url(), fast());

        assertThat(result.outcome()).isEqualTo(LookupOutcome.UNVERIFIED);
        assertThat(result.reason()).contains("invalid");
    }

    @Test
    void shouldCutASlowTrickleAtTheRequestTimeout() {
        server.override("/pkg", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 150; i++) {
                    out.write(' ');
                    out.flush();
                    sleep(100);
                }
            }
            catch (IOException e) {
                // the client hung up, as it should
            }
        });
        PackageLookup[] result = new PackageLookup[1];
        long millis = timed(() -> result[0] = lookup(server.url(), fast()));

        assertThat(result[0].outcome()).isEqualTo(LookupOutcome.UNVERIFIED);
        assertThat(result[0].reason()).contains("no complete response within 1000 ms");
        assertThat(millis).isLessThan(REQUEST_TIMEOUT.toMillis() + 4_000);
    }

    @Test
    void shouldEndTheWholeCallAtTheOverallLimit() {
        server.override("/pkg", exchange -> sleep(10_000));
        PackageLookup[] result = new PackageLookup[1];
        long millis = timed(() -> result[0] = lookup(server.url(), Registries.only()
                .requestTimeout(Duration.ofSeconds(20)).overallTimeout(Duration.ofSeconds(1))));

        assertThat(result[0].outcome()).isEqualTo(LookupOutcome.UNVERIFIED);
        assertThat(millis).isLessThan(6_000);
    }

    @Test
    void shouldFollowARedirectOnTheSameRegistry() throws IOException {
        server.file("moved/pkg", PACKUMENT, java.time.Instant.now());
        server.override("/pkg", exchange -> {
            exchange.getResponseHeaders().set("Location", "/moved/pkg");
            respond(exchange, 301, "");
        });

        PackageLookup result = lookup(server.url(), fast());

        assertThat(result.outcome()).isEqualTo(LookupOutcome.FOUND);
        assertThat(result.evidence().get(0).url()).endsWith("/moved/pkg");
    }

    static void respond(final HttpExchange exchange, final int status, final String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static void sleep(final long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
