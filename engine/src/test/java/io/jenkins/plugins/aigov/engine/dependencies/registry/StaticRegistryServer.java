package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * A static file server on 127.0.0.1 for registry tests, built on the JDK's HttpServer: serves files under a root
 * folder for GET and HEAD, sets {@code Last-Modified} from each file's mtime (tests set it), answers 404 for
 * anything else, counts every request, and can require HTTP Basic, gzip its answers, or hand chosen paths to a
 * handler of the test (fault injection).
 */
final class StaticRegistryServer implements AutoCloseable {
    static {
        // without TCP_NODELAY the server's header and body segments meet the client's delayed ACK: ~40 ms a request
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "static-registry");
        thread.setDaemon(true);
        return thread;
    });
    private final Path root;
    private final AtomicInteger requests = new AtomicInteger();
    private final Map<String, HttpHandler> overrides = new ConcurrentHashMap<>();
    private volatile String basicAuth;
    private volatile boolean gzip;

    StaticRegistryServer(final Path root) throws IOException {
        this.root = root;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** {@code http://127.0.0.1:<port>}. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int port() {
        return server.getAddress().getPort();
    }

    Path root() {
        return root;
    }

    /** Requests answered so far (all paths, all statuses). */
    int requests() {
        return requests.get();
    }

    void resetRequests() {
        requests.set(0);
    }

    /** From now on, a request without this user and password gets 401. */
    void requireBasic(final String user, final String password) {
        this.basicAuth = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** From now on, bodies are gzip-compressed when the client accepts it. */
    void gzip(final boolean on) {
        this.gzip = on;
    }

    /** Requests for exactly this raw path go to {@code handler}. */
    void override(final String rawPath, final HttpHandler handler) {
        overrides.put(rawPath, handler);
    }

    /** Writes {@code content} at {@code relative} under the root with the given modification time. */
    Path file(final String relative, final String content, final Instant modified) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(final HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            String rawPath = exchange.getRequestURI().getRawPath();
            HttpHandler override = overrides.get(rawPath);
            if (override != null) {
                override.handle(exchange);
                return;
            }
            String expected = basicAuth;
            if (expected != null && !expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"test\"");
                send(exchange, 401, "{\"error\":\"unauthorized\"}".getBytes(StandardCharsets.UTF_8), null);
                return;
            }
            String method = exchange.getRequestMethod();
            Path file = resolve(rawPath);
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, new byte[0], null);
            }
            else if (file == null || !Files.isRegularFile(file)) {
                send(exchange, 404, "{\"error\":\"not found\"}".getBytes(StandardCharsets.UTF_8), null);
            }
            else {
                Instant modified = Files.getLastModifiedTime(file).toInstant();
                exchange.getResponseHeaders().set("Last-Modified",
                        DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.atOffset(ZoneOffset.UTC)));
                send(exchange, 200, Files.readAllBytes(file), contentType(file));
            }
        }
    }

    private Path resolve(final String rawPath) {
        String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (path.contains("..") || path.contains("\\")) {
            return null;
        }
        Path file = root.resolve(path.substring(1)).normalize();
        return file.startsWith(root) ? file : null;
    }

    private void send(final HttpExchange exchange, final int status, final byte[] body, final String type)
            throws IOException {
        if (type != null) {
            exchange.getResponseHeaders().set("Content-Type", type);
        }
        boolean head = exchange.getRequestMethod().equals("HEAD");
        byte[] payload = body;
        String accepts = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        if (gzip && !head && accepts != null && accepts.contains("gzip")) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
                out.write(body);
            }
            payload = bytes.toByteArray();
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(payload.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, payload.length == 0 ? -1 : payload.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(payload);
        }
    }

    private static String contentType(final Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".xml") || name.endsWith(".pom")) {
            return "text/xml";
        }
        if (name.equals("list") || name.endsWith(".sha1")) {
            return "text/plain; charset=utf-8";
        }
        if (name.endsWith(".jar")) {
            return "application/java-archive";
        }
        return "application/json";
    }
}
