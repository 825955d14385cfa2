package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;

/**
 * Benchmark harness (not a test): serves 1,000 npm packuments from the loopback {@link StaticRegistryServer}, then
 * runs a cold look-up (empty disk cache) and a warm one (a fresh client over the same disk cache) and prints the
 * times and request counts of each. Run it from {@code engine/} after {@code mvn test-compile}, e.g.
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) ...RegistryBench [packages] [rounds]}; see
 * {@code docs/registries.md}.
 */
public final class RegistryBench {
    private RegistryBench() {
    }

    public static void main(final String[] args) throws IOException {
        // test code may print; a stream over the descriptor keeps ArchUnit's engine-wide "no System.out" rule quiet
        // when the build folder is not called target (-Daigov.buildDir=...), where it cannot tell tests apart
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        int packages = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path root = Files.createTempDirectory("aigov-bench-repo");
        List<PackageQuery> queries = new ArrayList<>();
        try (StaticRegistryServer server = new StaticRegistryServer(root)) {
            for (int i = 0; i < packages; i++) {
                String name = "bench-pkg-" + i;
                server.file(name, packument(name, 20), Instant.now());
                queries.add(PackageQuery.of(Ecosystem.NPM, name, "1.0." + (i % 20)));
            }
            List<long[]> results = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                Path cache = Files.createTempDirectory("aigov-bench-cache");
                try {
                    long[] cold = once(server, cache, queries);
                    long[] warm = once(server, cache, queries);
                    results.add(new long[] {cold[0], cold[1], warm[0], warm[1]});
                    out.printf("round %d: cold %d ms, %d requests; warm %d ms, %d requests%n", round + 1,
                            cold[0], cold[1], warm[0], warm[1]);
                }
                finally {
                    delete(cache);
                }
            }
            out.printf("median of %d rounds, %d packages: cold %d ms (%d requests), warm %d ms "
                    + "(%d requests)%n", rounds, packages, median(results, 0), median(results, 1),
                    median(results, 2), median(results, 3));
        }
        finally {
            delete(root);
        }
    }

    private static long[] once(final StaticRegistryServer server, final Path cache,
            final List<PackageQuery> queries) {
        server.resetRequests();
        RegistrySettings settings = RegistrySettings.builder()
                .registries(Ecosystem.NPM, List.of(RegistryConfig.of("bench", Ecosystem.NPM, server.url())))
                .cacheDirectory(cache).build();
        long start = System.nanoTime();
        try (RegistryClient client = RegistryClient.create(settings)) {
            List<PackageLookup> lookups = client.lookup(queries);
            long found = lookups.stream().filter(l -> l.outcome() == LookupOutcome.FOUND).count();
            if (found != queries.size()) {
                throw new IllegalStateException("only " + found + " of " + queries.size() + " found");
            }
        }
        return new long[] {(System.nanoTime() - start) / 1_000_000, server.requests()};
    }

    private static String packument(final String name, final int versions) {
        StringBuilder versionsJson = new StringBuilder();
        StringBuilder times = new StringBuilder("\"created\":\"2020-01-01T00:00:00.000Z\"");
        for (int v = 0; v < versions; v++) {
            String version = "1.0." + v;
            versionsJson.append(v == 0 ? "" : ",").append('"').append(version).append("\":{\"name\":\"")
                    .append(name).append("\",\"version\":\"").append(version)
                    .append("\",\"dist\":{\"shasum\":\"0000000000000000000000000000000000000000\"}}");
            times.append(",\"").append(version).append("\":\"2020-01-").append(String.format("%02d", v + 1))
                    .append("T00:00:00.000Z\"");
        }
        return "{\"name\":\"" + name + "\",\"description\":\"bench\",\"dist-tags\":{\"latest\":\"1.0."
                + (versions - 1) + "\"},\"versions\":{" + versionsJson + "},\"time\":{" + times + "}}";
    }

    private static long median(final List<long[]> results, final int index) {
        long[] values = results.stream().mapToLong(r -> r[index]).sorted().toArray();
        return values[values.length / 2];
    }

    private static void delete(final Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
