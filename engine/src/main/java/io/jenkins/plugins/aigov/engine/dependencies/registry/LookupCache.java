package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Answers kept for the run in memory (each key asked at most once, concurrent askers wait for the first) and across
 * runs on disk, one small JSON file per key, used while younger than the TTL. Unreadable files are counted, ignored
 * and replaced. Failures ({@link RegistryUnavailableException}) are remembered for the run but never written to
 * disk. Disk trouble never fails a look-up: the cache is best effort.
 */
final class LookupCache {
    private static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = RegistryJson.MAPPER.copy().registerModule(instants());

    /** A value and whether it came from disk. */
    record Cached<T>(T value, boolean fromDisk) {
    }

    /** Asks the registry. */
    @FunctionalInterface
    interface Loader<T> {
        T load() throws RegistryUnavailableException;
    }

    private final ConcurrentHashMap<String, CompletableFuture<Cached<?>>> memory = new ConcurrentHashMap<>();
    private final Path directory;
    private final Duration ttl;
    private final Clock clock;
    private final StatsCounter stats;

    LookupCache(final Path directory, final Duration ttl, final Clock clock, final StatsCounter stats) {
        this.directory = directory;
        this.ttl = ttl;
        this.clock = clock;
        this.stats = stats;
    }

    /** The value under {@code key}: from memory, from a fresh disk file, or from {@code loader}. */
    @SuppressWarnings("unchecked")
    <T> Cached<T> get(final String key, final Class<T> type, final Loader<T> loader)
            throws RegistryUnavailableException {
        CompletableFuture<Cached<?>> mine = new CompletableFuture<>();
        CompletableFuture<Cached<?>> existing = memory.putIfAbsent(key, mine);
        if (existing != null) {
            stats.memoryHits.incrementAndGet();
            return (Cached<T>) await(existing);
        }
        try {
            Cached<T> cached = readDisk(key, type);
            if (cached == null) {
                T value = loader.load();
                writeDisk(key, value);
                cached = new Cached<>(value, false);
            }
            mine.complete(cached);
            return cached;
        }
        catch (RegistryUnavailableException | RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private static Cached<?> await(final CompletableFuture<Cached<?>> future) throws RegistryUnavailableException {
        try {
            return future.get();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException("interrupted", null, 0);
        }
        catch (CancellationException e) {
            throw new RegistryUnavailableException("cancelled", null, 0);
        }
        catch (ExecutionException e) {
            if (e.getCause() instanceof RegistryUnavailableException unavailable) {
                throw unavailable;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private <T> Cached<T> readDisk(final String key, final Class<T> type) {
        if (directory == null) {
            return null;
        }
        Path file = file(key);
        try {
            JsonNode root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (root == null || root.path("format").asInt() != FORMAT || !key.equals(root.path("key").asText())
                    || !root.path("value").isObject()) {
                throw new IOException("not a cache entry for this key");
            }
            Instant storedAt = RegistryJson.instant(root.path("storedAt").asText(null));
            if (storedAt == null) {
                throw new IOException("no storedAt");
            }
            if (storedAt.plus(ttl).isBefore(clock.instant()) || ttl.isZero()) {
                return null;
            }
            T value = MAPPER.treeToValue(root.get("value"), type);
            stats.diskHits.incrementAndGet();
            return new Cached<>(value, true);
        }
        catch (NoSuchFileException e) {
            return null;
        }
        catch (IOException | RuntimeException e) {
            stats.corruptCacheFiles.incrementAndGet();
            return null;
        }
    }

    private void writeDisk(final String key, final Object value) {
        if (directory == null) {
            return;
        }
        Path file = file(key);
        Path temp = null;
        try {
            Files.createDirectories(file.getParent());
            ObjectNode root = MAPPER.createObjectNode();
            root.put("format", FORMAT);
            root.put("key", key);
            root.put("storedAt", clock.instant().toString());
            root.set("value", MAPPER.valueToTree(value));
            temp = Files.createTempFile(file.getParent(), ".entry", ".tmp");
            Files.writeString(temp, MAPPER.writeValueAsString(root), StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            stats.diskWrites.incrementAndGet();
        }
        catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
        }
    }

    /** {@code <dir>/<first two hex digits>/<sha-256 of key>.json}. */
    Path file(final String key) {
        String hash = sha256(key);
        return directory.resolve(hash.substring(0, 2)).resolve(hash + ".json");
    }

    private static void deleteQuietly(final Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        }
        catch (IOException e) {
            // a stray temp file is harmless; the next write uses a new name
        }
    }

    private static String sha256(final String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JRE", e);
        }
    }

    private static SimpleModule instants() {
        SimpleModule module = new SimpleModule("aigov-instants");
        module.addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(final Instant value, final JsonGenerator gen, final SerializerProvider provider)
                    throws IOException {
                gen.writeString(value.toString());
            }
        });
        module.addDeserializer(Instant.class, new JsonDeserializer<>() {
            @Override
            public Instant deserialize(final JsonParser parser, final DeserializationContext context)
                    throws IOException {
                Instant instant = RegistryJson.instant(parser.getValueAsString());
                if (instant == null) {
                    throw new IOException("not an instant: " + parser.getValueAsString());
                }
                return instant;
            }
        });
        return module;
    }
}
