package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a real Verdaccio 5 npm registry on 127.0.0.1 once per test run and stops it (process tree included) when the
 * run ends. It installs Verdaccio with {@code .ci/npm-registry/install.sh} (node and npm must be on the PATH; the
 * extension fails, never skips, without them), starts it with a fresh storage folder on a free port, creates a user
 * and publishes the packages of {@link Verdaccio} with the real {@code npm publish} and {@code npm deprecate}.
 * Test methods receive the running {@link Verdaccio} as a parameter.
 */
final class VerdaccioExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
            .create(VerdaccioExtension.class);

    @Override
    public void beforeAll(final ExtensionContext context) {
        get(context);
    }

    @Override
    public boolean supportsParameter(final ParameterContext parameter, final ExtensionContext context) {
        return parameter.getParameter().getType() == Verdaccio.class;
    }

    @Override
    public Object resolveParameter(final ParameterContext parameter, final ExtensionContext context) {
        return get(context);
    }

    private static Verdaccio get(final ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Verdaccio.class, k -> Verdaccio.start(),
                Verdaccio.class);
    }

    /** The running registry and what was published to it. */
    static final class Verdaccio implements AutoCloseable {
        /** Three versions, back-dated in storage to 2019 as if it had been published years ago. */
        static final String OLD = "aigov-old-lib";
        static final String OLD_CREATED = "2019-03-01T10:00:00.000Z";
        /** One version, published during this run. */
        static final String FRESH = "aigov-fresh-lib";
        /** Two versions, 1.0.0 deprecated with {@link #DEPRECATION}. */
        static final String DEPRECATED = "aigov-deprecated-lib";
        static final String DEPRECATION = "no longer maintained; use aigov-fresh-lib";
        static final String SCOPED = "@aigov-test/scoped-widget";
        /** The shape the public registry gives a removed malicious package. */
        static final String HELD = "aigov-held-name";
        static final String USER = "aigov-publisher";
        static final String PASSWORD = "verdaccio-test-Pa55";

        private static final Duration COMMAND_LIMIT = Duration.ofMinutes(5);
        private static final ObjectMapper JSON = new ObjectMapper();

        private final Path home;
        private final Path ci;
        private final int port;
        private Process process;

        private Verdaccio(final Path ci, final Path home, final int port) {
            this.ci = ci;
            this.home = home;
            this.port = port;
        }

        String url() {
            return "http://127.0.0.1:" + port;
        }

        static Verdaccio start() {
            Path ci = findCiFolder();
            requireNode();
            Verdaccio verdaccio = null;
            try {
                run(ci, List.of("bash", ci.resolve("install.sh").toString()), Map.of());
                verdaccio = new Verdaccio(ci, Files.createTempDirectory("aigov-verdaccio"), freePort());
                verdaccio.launch();
                verdaccio.publishAll();
                return verdaccio;
            }
            catch (IOException | RuntimeException e) {
                if (verdaccio != null) {
                    verdaccio.close();
                }
                throw new IllegalStateException("could not start Verdaccio for the npm registry tests: "
                        + e.getMessage(), e);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting Verdaccio", e);
            }
        }

        private void launch() throws IOException, InterruptedException {
            Path storage = Files.createDirectories(home.resolve("storage"));
            String config = Files.readString(ci.resolve("config.template.yaml"), StandardCharsets.UTF_8)
                    .replace("@@STORAGE@@", storage.toString())
                    .replace("@@PORT@@", String.valueOf(port))
                    .replace("@@HTPASSWD@@", home.resolve("htpasswd").toString());
            Path configFile = home.resolve("config.yaml");
            Files.writeString(configFile, config, StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder("node",
                    ci.resolve("node_modules/verdaccio/bin/verdaccio").toString(), "--config", configFile.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("verdaccio.log").toFile());
            process = builder.start();
            HttpClient http = HttpClient.newHttpClient();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < end) {
                if (!process.isAlive()) {
                    throw new IOException("Verdaccio exited with " + process.exitValue() + ": " + log());
                }
                try {
                    HttpResponse<Void> ping = http.send(HttpRequest.newBuilder(URI.create(url() + "/-/ping"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                    if (ping.statusCode() == 200) {
                        return;
                    }
                }
                catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            throw new IOException("Verdaccio did not answer /-/ping within 60 s: " + log());
        }

        private void publishAll() throws IOException, InterruptedException {
            String token = addUser();
            Path npmrc = home.resolve("npmrc");
            Files.writeString(npmrc, "//127.0.0.1:" + port + "/:_authToken=" + token + "\n", StandardCharsets.UTF_8);
            for (String version : List.of("1.0.0", "1.1.0", "2.0.0")) {
                publish(npmrc, OLD, version, "an old library");
            }
            publish(npmrc, FRESH, "0.1.0", "a library published today");
            publish(npmrc, DEPRECATED, "1.0.0", "a library with a deprecated version");
            publish(npmrc, DEPRECATED, "1.1.0", "a library with a deprecated version");
            publish(npmrc, SCOPED, "3.2.1", "a scoped package");
            publish(npmrc, HELD, "0.0.1-security", "security holding package");
            npm(npmrc, List.of("deprecate", DEPRECATED + "@1.0.0", DEPRECATION));
            backdate(OLD, Map.of("created", OLD_CREATED, "1.0.0", OLD_CREATED, "1.1.0", "2020-06-15T08:30:00.000Z",
                    "2.0.0", "2022-01-20T16:45:00.000Z"));
        }

        private String addUser() throws IOException, InterruptedException {
            ObjectNode body = JSON.createObjectNode().put("name", USER).put("password", PASSWORD)
                    .put("type", "user");
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url() + "/-/user/org.couchdb.user:" + USER))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode answer = JSON.readTree(response.body());
            if (response.statusCode() != 201 || !answer.hasNonNull("token")) {
                throw new IOException("creating the user answered HTTP " + response.statusCode() + ": "
                        + response.body());
            }
            return answer.get("token").asText();
        }

        private void publish(final Path npmrc, final String name, final String version, final String description)
                throws IOException, InterruptedException {
            Path dir = Files.createDirectories(home.resolve("packages").resolve(name.replace('/', '_') + "-"
                    + version));
            ObjectNode manifest = JSON.createObjectNode().put("name", name).put("version", version)
                    .put("description", description).put("license", "MIT");
            Files.writeString(dir.resolve("package.json"), manifest.toString(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("index.js"), "module.exports = 1;\n", StandardCharsets.UTF_8);
            npm(npmrc, List.of("publish", dir.toString(), "--access", "public", "--tag", "latest"));
        }

        private void npm(final Path npmrc, final List<String> arguments) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of("npm"));
            command.addAll(arguments);
            command.addAll(List.of("--registry", url() + "/", "--userconfig", npmrc.toString()));
            run(home, command, Map.of("npm_config_cache", home.resolve("npm-cache").toString(),
                    "npm_config_update_notifier", "false", "npm_config_audit", "false",
                    "npm_config_fund", "false"));
        }

        /** Rewrites publication times in Verdaccio's storage (it reads the file on every request). */
        private void backdate(final String name, final Map<String, String> times) throws IOException {
            Path file = home.resolve("storage").resolve(name).resolve("package.json");
            ObjectNode packument = (ObjectNode) JSON.readTree(file.toFile());
            ObjectNode time = (ObjectNode) packument.get("time");
            times.forEach(time::put);
            JSON.writeValue(file.toFile(), packument);
        }

        @Override
        public void close() {
            if (process != null) {
                ProcessHandle handle = process.toHandle();
                handle.descendants().forEach(ProcessHandle::destroy);
                handle.destroy();
                try {
                    if (!process.waitFor(10, TimeUnit.SECONDS)) {
                        handle.descendants().forEach(ProcessHandle::destroyForcibly);
                        handle.destroyForcibly();
                        process.waitFor(10, TimeUnit.SECONDS);
                    }
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            deleteTree(home);
        }

        private String log() {
            try {
                String text = Files.readString(home.resolve("verdaccio.log"), StandardCharsets.UTF_8);
                return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
            }
            catch (IOException e) {
                return "(no log)";
            }
        }

        private static void run(final Path dir, final List<String> command, final Map<String, String> env)
                throws IOException, InterruptedException {
            Path output = Files.createTempFile("aigov-npm", ".log");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                        .redirectOutput(output.toFile());
                builder.environment().putAll(env);
                Process child = builder.start();
                if (!child.waitFor(COMMAND_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                    child.descendants().forEach(ProcessHandle::destroyForcibly);
                    child.destroyForcibly();
                    throw new IOException(String.join(" ", command) + " did not finish within " + COMMAND_LIMIT);
                }
                if (child.exitValue() != 0) {
                    throw new IOException(String.join(" ", command) + " exited with " + child.exitValue() + ":\n"
                            + Files.readString(output, StandardCharsets.UTF_8));
                }
            }
            finally {
                Files.deleteIfExists(output);
            }
        }

        private static void requireNode() {
            for (String tool : List.of("node", "npm")) {
                try {
                    Process probe = new ProcessBuilder(tool, "--version").redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                    if (!probe.waitFor(60, TimeUnit.SECONDS) || probe.exitValue() != 0) {
                        probe.destroyForcibly();
                        throw new IOException(tool + " --version failed");
                    }
                }
                catch (IOException e) {
                    throw new IllegalStateException("The npm registry tests need Node.js 20+ and npm on the PATH "
                            + "to run a local Verdaccio (see README, 'Run all tests'): " + e.getMessage(), e);
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        }

        private static Path findCiFolder() {
            Path dir = Path.of("").toAbsolutePath();
            for (int i = 0; i < 6 && dir != null; i++, dir = dir.getParent()) {
                Path candidate = dir.resolve(".ci/npm-registry");
                if (Files.isRegularFile(candidate.resolve("package.json"))) {
                    return candidate;
                }
            }
            throw new IllegalStateException("no .ci/npm-registry/package.json above " + Path.of("").toAbsolutePath());
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }

        private static void deleteTree(final Path root) {
            try (Stream<Path> paths = Files.walk(root)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
            catch (IOException e) {
                // a leftover temp folder is harmless
            }
        }
    }
}
