package io.jenkins.plugins.aigov.gates;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny npm registry on 127.0.0.1 (the JDK's HTTP server): serves packuments of the packages it is given and 404
 * for any other name, can answer 500 for everything (an outage), and can require HTTP Basic credentials. Records
 * the {@code Authorization} headers it sees.
 */
final class LoopbackNpmRegistry implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, String> packuments = new ConcurrentHashMap<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile boolean outage;
    private volatile String requiredAuthorization;

    LoopbackNpmRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A package first published {@code packageAgeDays} ago whose versions were each published at the given age. */
    LoopbackNpmRegistry publish(final String name, final int packageAgeDays, final Map<String, Integer> versionAges) {
        Instant now = Instant.now();
        StringBuilder versions = new StringBuilder();
        StringBuilder times = new StringBuilder("\"created\":\"" + now.minus(packageAgeDays, ChronoUnit.DAYS) + "\"");
        String latest = null;
        for (Map.Entry<String, Integer> version : versionAges.entrySet()) {
            versions.append(versions.length() == 0 ? "" : ",").append('"').append(version.getKey())
                    .append("\":{\"name\":\"").append(name).append("\",\"version\":\"").append(version.getKey())
                    .append("\"}");
            times.append(",\"").append(version.getKey()).append("\":\"")
                    .append(now.minus(version.getValue(), ChronoUnit.DAYS)).append('"');
            latest = version.getKey();
        }
        packuments.put(name, "{\"name\":\"" + name + "\",\"description\":\"a test package\",\"dist-tags\":{\"latest\":\""
                + latest + "\"},\"versions\":{" + versions + "},\"time\":{" + times + "}}");
        return this;
    }

    /** Every request answers 500 from now on. */
    void failEverything() {
        outage = true;
    }

    /** Requests without these HTTP Basic credentials answer 401. */
    void requireBasic(final String header) {
        requiredAuthorization = header;
    }

    /** The Authorization headers received, in order ({@code -} for none). */
    List<String> authorizations() {
        return authorizations;
    }

    private void answer(final HttpExchange exchange) throws IOException {
        try (exchange) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(authorization == null ? "-" : authorization);
            if (outage) {
                send(exchange, 500, "{\"error\":\"internal\"}");
                return;
            }
            if (requiredAuthorization != null && !requiredAuthorization.equals(authorization)) {
                send(exchange, 401, "{\"error\":\"unauthorized\"}");
                return;
            }
            String name = URLDecoder.decode(exchange.getRequestURI().getRawPath().substring(1), StandardCharsets.UTF_8);
            String body = packuments.get(name);
            if (body == null) {
                send(exchange, 404, "{\"error\":\"Not found\"}");
            } else {
                send(exchange, 200, body);
            }
        }
    }

    private static void send(final HttpExchange exchange, final int status, final String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
