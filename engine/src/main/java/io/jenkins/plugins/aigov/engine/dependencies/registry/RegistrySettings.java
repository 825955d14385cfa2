package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;

/**
 * How to ask registries: which ones per ecosystem (in order, private ones first), time limits, parallelism, retries,
 * size limits and the cache. Immutable and serializable, so a controller can send it to an agent. Start from
 * {@link #defaults()} or {@link #builder()}.
 */
public final class RegistrySettings implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Map<Ecosystem, List<RegistryConfig>> registries;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final Duration overallTimeout;
    private final int maxConcurrency;
    private final int retries;
    private final Duration maxRetryWait;
    private final long maxResponseBytes;
    private final Duration cacheTtl;
    // a String, not a Path: Path is not Serializable
    private final String cacheDirectory;

    private RegistrySettings(final Builder builder) {
        EnumMap<Ecosystem, List<RegistryConfig>> copy = new EnumMap<>(Ecosystem.class);
        builder.registries.forEach((ecosystem, list) -> copy.put(ecosystem, List.copyOf(list)));
        this.registries = Collections.unmodifiableMap(copy);
        this.connectTimeout = builder.connectTimeout;
        this.requestTimeout = builder.requestTimeout;
        this.overallTimeout = builder.overallTimeout;
        this.maxConcurrency = builder.maxConcurrency;
        this.retries = builder.retries;
        this.maxRetryWait = builder.maxRetryWait;
        this.maxResponseBytes = builder.maxResponseBytes;
        this.cacheTtl = builder.cacheTtl;
        this.cacheDirectory = builder.cacheDirectory == null ? null : builder.cacheDirectory.toString();
    }

    /** The public registry of every ecosystem and the documented defaults; no disk cache. */
    public static RegistrySettings defaults() {
        return builder().build();
    }

    /** A builder with the public registries and the documented defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from these settings. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.registries.clear();
        registries.forEach((ecosystem, list) -> builder.registries.put(ecosystem, new ArrayList<>(list)));
        return builder.connectTimeout(connectTimeout).requestTimeout(requestTimeout).overallTimeout(overallTimeout)
                .maxConcurrency(maxConcurrency).retries(retries).maxRetryWait(maxRetryWait)
                .maxResponseBytes(maxResponseBytes).cacheTtl(cacheTtl)
                .cacheDirectory(cacheDirectory == null ? null : Path.of(cacheDirectory));
    }

    /** The registries of {@code ecosystem} in the order they are asked (disabled ones included). */
    public List<RegistryConfig> registries(final Ecosystem ecosystem) {
        return registries.getOrDefault(ecosystem, List.of());
    }

    /** Time limit to open a connection. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** Time limit of one HTTP exchange, from sending the request to the last byte of the body. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** Time limit of one {@link RegistryClient#lookup} call, retries and waits included. */
    public Duration overallTimeout() {
        return overallTimeout;
    }

    /** Most HTTP exchanges in flight at once. */
    public int maxConcurrency() {
        return maxConcurrency;
    }

    /** Extra attempts after a 429, a 5xx or a failed connection. */
    public int retries() {
        return retries;
    }

    /** Longest wait before a retry; a {@code Retry-After} asking for more ends the retries. */
    public Duration maxRetryWait() {
        return maxRetryWait;
    }

    /** Largest response body accepted (after decompression); a larger one makes the answer unverified. */
    public long maxResponseBytes() {
        return maxResponseBytes;
    }

    /** How long an answer on disk is used without asking again. */
    public Duration cacheTtl() {
        return cacheTtl;
    }

    /** The folder of the disk cache, or {@code null} for memory only. */
    public Path cacheDirectory() {
        return cacheDirectory == null ? null : Path.of(cacheDirectory);
    }

    @Override
    public String toString() {
        return "RegistrySettings[registries=" + registries + ", connectTimeout=" + connectTimeout
                + ", requestTimeout=" + requestTimeout + ", overallTimeout=" + overallTimeout + ", maxConcurrency="
                + maxConcurrency + ", retries=" + retries + ", maxRetryWait=" + maxRetryWait + ", maxResponseBytes="
                + maxResponseBytes + ", cacheTtl=" + cacheTtl + ", cacheDirectory=" + cacheDirectory + "]";
    }

    /** Collects settings; every value starts at its documented default. */
    public static final class Builder {
        private final Map<Ecosystem, List<RegistryConfig>> registries = new EnumMap<>(Ecosystem.class);
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(20);
        private Duration overallTimeout = Duration.ofMinutes(5);
        private int maxConcurrency = 8;
        private int retries = 2;
        private Duration maxRetryWait = Duration.ofSeconds(10);
        private long maxResponseBytes = 64L * 1024 * 1024;
        private Duration cacheTtl = Duration.ofHours(24);
        private Path cacheDirectory;

        private Builder() {
            for (Ecosystem ecosystem : Ecosystem.values()) {
                registries.put(ecosystem, new ArrayList<>(List.of(PublicRegistries.of(ecosystem))));
            }
        }

        /** Replaces the registries of {@code ecosystem} with {@code ordered} (asked in this order). */
        public Builder registries(final Ecosystem ecosystem, final List<RegistryConfig> ordered) {
            for (RegistryConfig config : ordered) {
                if (config.ecosystem() != ecosystem) {
                    throw new IllegalArgumentException("registry '" + config.name() + "' is for "
                            + config.ecosystem() + ", not " + ecosystem);
                }
            }
            registries.put(ecosystem, new ArrayList<>(ordered));
            return this;
        }

        /** Puts {@code config} before the registries already listed for its ecosystem (private first). */
        public Builder addFirst(final RegistryConfig config) {
            registries.computeIfAbsent(config.ecosystem(), e -> new ArrayList<>()).add(0, config);
            return this;
        }

        public Builder connectTimeout(final Duration value) {
            this.connectTimeout = positive(value, "connectTimeout");
            return this;
        }

        public Builder requestTimeout(final Duration value) {
            this.requestTimeout = positive(value, "requestTimeout");
            return this;
        }

        public Builder overallTimeout(final Duration value) {
            this.overallTimeout = positive(value, "overallTimeout");
            return this;
        }

        public Builder maxConcurrency(final int value) {
            this.maxConcurrency = range(value, 1, 64, "maxConcurrency");
            return this;
        }

        public Builder retries(final int value) {
            this.retries = range(value, 0, 10, "retries");
            return this;
        }

        public Builder maxRetryWait(final Duration value) {
            Objects.requireNonNull(value, "maxRetryWait");
            if (value.isNegative()) {
                throw new IllegalArgumentException("maxRetryWait must not be negative: " + value);
            }
            this.maxRetryWait = value;
            return this;
        }

        public Builder maxResponseBytes(final long value) {
            if (value < 1024) {
                throw new IllegalArgumentException("maxResponseBytes must be at least 1024: " + value);
            }
            this.maxResponseBytes = value;
            return this;
        }

        public Builder cacheTtl(final Duration value) {
            Objects.requireNonNull(value, "cacheTtl");
            if (value.isNegative()) {
                throw new IllegalArgumentException("cacheTtl must not be negative: " + value);
            }
            this.cacheTtl = value;
            return this;
        }

        /** The disk cache folder; {@code null} keeps answers in memory for one client only. */
        public Builder cacheDirectory(final Path value) {
            this.cacheDirectory = value == null ? null : value.toAbsolutePath();
            return this;
        }

        public RegistrySettings build() {
            return new RegistrySettings(this);
        }

        private static Duration positive(final Duration value, final String what) {
            Objects.requireNonNull(value, what);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(what + " must be positive: " + value);
            }
            return value;
        }

        private static int range(final int value, final int min, final int max, final String what) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(what + " must be in [" + min + ", " + max + "]: " + value);
            }
            return value;
        }
    }
}
