package io.jenkins.plugins.aigov.engine.gates;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.jgit.revwalk.RevCommit;

import io.jenkins.plugins.aigov.engine.AiGovernance;
import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;
import io.jenkins.plugins.aigov.engine.dependencies.registry.LoopbackRegistries;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistryConfig;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistrySettings;
import io.jenkins.plugins.aigov.engine.testing.GitFixture;

/**
 * Benchmark harness (not a test): a git range that adds a {@code package.json} with N dependencies (default 1,000)
 * whose packuments (20 versions each) the loopback static server serves; runs the whole gates command cold (empty
 * disk cache) and warm (same cache), several rounds, and prints times and the HTTP requests the server saw. Run by
 * {@code bench/registry-gates.sh}.
 */
public final class GatesBench {
    private GatesBench() {
    }

    public static void main(final String[] args) throws Exception {
        // test code may print; a stream over the descriptor keeps the engine-wide "no System.out" rule quiet
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        int packages = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        Path work = Files.createTempDirectory("aigov-gates-bench");
        try (LoopbackRegistries.StaticServer server = new LoopbackRegistries.StaticServer(
                Files.createDirectories(work.resolve("registry")));
                GitFixture repo = GitFixture.init(work.resolve("repo"))) {
            StringBuilder manifest = new StringBuilder("{\n  \"name\": \"bench\",\n  \"dependencies\": {\n");
            for (int i = 0; i < packages; i++) {
                String name = "bench-pkg-" + i;
                server.file(name, packument(name, 20), Instant.now());
                manifest.append(i == 0 ? "" : ",\n").append("    \"").append(name).append("\": \"1.0.")
                        .append(i % 20).append('"');
            }
            manifest.append("\n  }\n}\n");
            repo.write("README.md", "bench\n");
            RevCommit base = repo.commit("base", GitFixture.person("Bench", "bench@example.com"));
            repo.write("package.json", manifest.toString());
            repo.commit("add dependencies", GitFixture.person("Bench", "bench@example.com"));
            out.printf("%d dependencies, %d rounds, concurrency %d%n", packages, rounds, concurrency);
            long[][] results = new long[rounds][];
            for (int round = 0; round < rounds; round++) {
                Path cache = Files.createTempDirectory(work, "cache");
                long[] cold = once(server, repo.dir(), base.name(), cache, concurrency, packages);
                long[] warm = once(server, repo.dir(), base.name(), cache, concurrency, packages);
                results[round] = new long[] {cold[0], cold[1], warm[0], warm[1]};
                out.printf("round %d: cold %d ms, %d requests; warm %d ms, %d requests%n", round + 1, cold[0],
                        cold[1], warm[0], warm[1]);
            }
            out.printf("median: cold %d ms (%d requests), warm %d ms (%d requests)%n", median(results, 0),
                    median(results, 1), median(results, 2), median(results, 3));
        }
    }

    private static long[] once(final LoopbackRegistries.StaticServer server, final Path repo, final String base,
            final Path cache, final int concurrency, final int packages) throws Exception {
        server.resetRequests();
        RegistrySettings settings = RegistrySettings.builder()
                .registries(Ecosystem.NPM, List.of(RegistryConfig.of("bench", Ecosystem.NPM, server.url())))
                .maxConcurrency(concurrency).cacheDirectory(cache).build();
        long start = System.nanoTime();
        GatesReport report = AiGovernance.gates().repository(repo).base(base).registries(settings).call();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (report.result().checks().size() != packages) {
            throw new IllegalStateException("checked " + report.result().checks().size() + " of " + packages);
        }
        return new long[] {millis, server.requests()};
    }

    private static String packument(final String name, final int versions) {
        StringBuilder versionsJson = new StringBuilder();
        StringBuilder times = new StringBuilder("\"created\":\"2020-01-01T00:00:00.000Z\"");
        for (int v = 0; v < versions; v++) {
            String version = "1.0." + v;
            versionsJson.append(v == 0 ? "" : ",").append('"').append(version).append("\":{\"name\":\"")
                    .append(name).append("\",\"version\":\"").append(version).append("\"}");
            times.append(",\"").append(version).append("\":\"2020-01-").append(String.format("%02d", v + 1))
                    .append("T00:00:00.000Z\"");
        }
        return "{\"name\":\"" + name + "\",\"dist-tags\":{\"latest\":\"1.0." + (versions - 1) + "\"},\"versions\":{"
                + versionsJson + "},\"time\":{" + times + "}}";
    }

    private static long median(final long[][] results, final int index) {
        return java.util.Arrays.stream(results).mapToLong(r -> r[index]).sorted().toArray()[results.length / 2];
    }
}
