package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;

/**
 * Asks the configured registries whether packages and versions exist and when they were published.
 *
 * <p>One client is one run: it remembers every answer (each name is asked at most once), reads and writes the disk
 * cache of {@link RegistrySettings#cacheDirectory()}, runs at most {@link RegistrySettings#maxConcurrency()} HTTP
 * exchanges at once and ends every {@link #lookup} call within {@link RegistrySettings#overallTimeout()}. A package is
 * reported missing only when every enabled registry of its ecosystem said so; any registry without a definite answer
 * makes the result {@link LookupOutcome#UNVERIFIED} unless another one found the package.
 *
 * <pre>{@code
 * try (RegistryClient client = RegistryClient.create(settings)) {
 *     List<PackageLookup> results = client.lookup(queries);
 * }
 * }</pre>
 */
public final class RegistryClient implements AutoCloseable {
    private final RegistrySettings settings;
    private final StatsCounter stats = new StatsCounter();
    private final ScheduledExecutorService watchdog;
    private final HttpFetcher fetcher;
    private final LookupCache cache;
    private final Clock clock;
    private final Map<Ecosystem, EcosystemClient> protocols = new EnumMap<>(Ecosystem.class);

    private RegistryClient(final RegistrySettings settings, final Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = clock;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(daemon("aigov-registry-watchdog"));
        this.fetcher = new HttpFetcher(settings, stats, watchdog);
        this.cache = new LookupCache(settings.cacheDirectory(), settings.cacheTtl(), clock, stats);
        protocols.put(Ecosystem.MAVEN, new MavenClient());
        protocols.put(Ecosystem.NPM, new NpmClient());
        protocols.put(Ecosystem.PYPI, new PyPiClient());
        protocols.put(Ecosystem.GO, new GoProxyClient());
        protocols.put(Ecosystem.CARGO, new CratesClient());
    }

    /** A client for one run. */
    public static RegistryClient create(final RegistrySettings settings) {
        return new RegistryClient(settings, Clock.systemUTC());
    }

    /** A client whose cache ages entries by {@code clock} (tests). */
    static RegistryClient create(final RegistrySettings settings, final Clock clock) {
        return new RegistryClient(settings, clock);
    }

    /**
     * Looks up every query, in parallel, and returns the answers in input order. Never throws for a registry's
     * failure: those become {@link LookupOutcome#UNVERIFIED} answers with a reason.
     */
    public List<PackageLookup> lookup(final Collection<PackageQuery> queries) {
        List<PackageQuery> ordered = List.copyOf(queries);
        Deadline deadline = Deadline.after(settings.overallTimeout());
        Map<PackageQuery, Future<PackageLookup>> futures = new LinkedHashMap<>();
        int threads = (int) Math.max(1, Math.min(settings.maxConcurrency(), ordered.stream().distinct().count()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("aigov-registry-lookup"));
        try {
            for (PackageQuery query : ordered) {
                futures.computeIfAbsent(query, q -> pool.submit(() -> lookupOne(q, deadline)));
            }
            List<PackageLookup> results = new ArrayList<>(ordered.size());
            for (PackageQuery query : ordered) {
                results.add(await(query, futures.get(query), deadline));
            }
            return results;
        }
        finally {
            pool.shutdownNow();
        }
    }

    /** Looks up one query. */
    public PackageLookup lookup(final PackageQuery query) {
        return lookup(List.of(query)).get(0);
    }

    /** What this client has done so far. */
    public RegistryStats stats() {
        return stats.snapshot();
    }

    /** The settings this client uses. */
    public RegistrySettings settings() {
        return settings;
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }

    private PackageLookup await(final PackageQuery query, final Future<PackageLookup> future,
            final Deadline deadline) {
        try {
            return future.get(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
        }
        catch (TimeoutException e) {
            future.cancel(true);
            return PackageLookup.unverified(query, "the look-up did not finish within the overall limit of "
                    + settings.overallTimeout().toSeconds() + " s", List.of());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PackageLookup.unverified(query, "interrupted", List.of());
        }
        catch (ExecutionException e) {
            return PackageLookup.unverified(query, "internal error: " + e.getCause(), List.of());
        }
    }

    private PackageLookup lookupOne(final PackageQuery query, final Deadline deadline) {
        EcosystemClient protocol = protocols.get(query.ecosystem());
        String invalid = protocol.checkName(query.name());
        if (invalid != null) {
            return PackageLookup.unverified(query, invalid + "; not asked", List.of());
        }
        List<RegistryConfig> registries = settings.registries(query.ecosystem()).stream()
                .filter(RegistryConfig::enabled).toList();
        if (registries.isEmpty()) {
            return PackageLookup.unverified(query, "no enabled registry for " + query.ecosystem(), List.of());
        }
        EcosystemClient.Context context = new EcosystemClient.Context(fetcher, cache, deadline, clock);
        List<RegistryConfig> asked = new ArrayList<>();
        List<RegistryAnswer> answers = new ArrayList<>();
        for (RegistryConfig registry : registries) {
            RegistryAnswer answer;
            try {
                answer = protocol.lookup(registry, query, context);
            }
            catch (RegistryUnavailableException e) {
                answer = RegistryAnswer.unverified(registry, e, clock.instant());
            }
            asked.add(registry);
            answers.add(answer);
            if (answer.outcome() == LookupOutcome.FOUND) {
                break;
            }
        }
        return Verdicts.combine(query, asked, answers);
    }

    private static java.util.concurrent.ThreadFactory daemon(final String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
