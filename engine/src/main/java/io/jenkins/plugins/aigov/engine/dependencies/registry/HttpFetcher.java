package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.jenkins.plugins.aigov.engine.io.CappedInputStream;

/**
 * Every HTTP exchange with a registry: one request at a time per permit, a time limit that covers the body too
 * (a watchdog closes a stalled stream), a size cap enforced while reading, gzip, retries with back-off on 429, 5xx
 * and refused connections honouring {@code Retry-After}, and redirects followed by hand so that credentials never
 * leave their registry's origin. Everything that is not a definite answer becomes a
 * {@link RegistryUnavailableException} with a reason.
 */
final class HttpFetcher {
    /** Reads a 200 response body. */
    @FunctionalInterface
    interface BodyReader<T> {
        T read(InputStream body) throws IOException;
    }

    /**
     * A definite answer: 200 with its body, or 404/410 with a {@code null} body.
     */
    record Response<T>(URI uri, int status, T body, Instant lastModified) {
        boolean found() {
            return status == 200;
        }
    }

    private static final int MAX_REDIRECTS = 5;
    private static final long FIRST_BACKOFF_MILLIS = 200;
    private static final String USER_AGENT = "aigov-registry-client/1 (dependency existence check)";

    private final HttpClient http;
    private final RegistrySettings settings;
    private final StatsCounter stats;
    private final Semaphore permits;
    private final ScheduledExecutorService watchdog;

    HttpFetcher(final RegistrySettings settings, final StatsCounter stats, final ScheduledExecutorService watchdog) {
        this.settings = settings;
        this.stats = stats;
        this.watchdog = watchdog;
        this.permits = new Semaphore(settings.maxConcurrency());
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(ProxySelector.getDefault() == null ? HttpClient.Builder.NO_PROXY : ProxySelector.getDefault())
                .build();
    }

    /** GETs {@code uri} and reads a 200 body with {@code reader}. */
    <T> Response<T> get(final RegistryConfig registry, final URI uri, final String accept,
            final BodyReader<T> reader, final Deadline deadline) throws RegistryUnavailableException {
        return exchange(registry, uri, "GET", accept, reader, deadline);
    }

    /** HEADs {@code uri}: status and {@code Last-Modified} only. */
    Response<Void> head(final RegistryConfig registry, final URI uri, final Deadline deadline)
            throws RegistryUnavailableException {
        return exchange(registry, uri, "HEAD", "*/*", null, deadline);
    }

    private <T> Response<T> exchange(final RegistryConfig registry, final URI uri, final String method,
            final String accept, final BodyReader<T> reader, final Deadline deadline)
            throws RegistryUnavailableException {
        URI current = uri;
        int redirects = 0;
        int attempt = 0;
        while (true) {
            Step<T> step = once(registry, current, method, accept, reader, deadline);
            if (step.response != null) {
                return step.response;
            }
            if (step.redirect != null) {
                if (++redirects > MAX_REDIRECTS) {
                    throw new RegistryUnavailableException("more than " + MAX_REDIRECTS + " redirects",
                            uri.toString(), step.status);
                }
                current = step.redirect;
                continue;
            }
            if (attempt >= settings.retries()) {
                throw new RegistryUnavailableException(step.retryReason + (attempt == 0 ? ""
                        : " (" + (attempt + 1) + " attempts)"), current.toString(), step.status);
            }
            waitBeforeRetry(step, attempt, current, deadline);
            attempt++;
            stats.retries.incrementAndGet();
        }
    }

    private <T> void waitBeforeRetry(final Step<T> step, final int attempt, final URI uri, final Deadline deadline)
            throws RegistryUnavailableException {
        Duration wait;
        if (step.retryAfter.isPresent()) {
            wait = step.retryAfter.get();
            if (wait.compareTo(settings.maxRetryWait()) > 0) {
                throw new RegistryUnavailableException(step.retryReason + "; the registry asked to wait "
                        + wait.toSeconds() + " s, more than the limit of " + settings.maxRetryWait().toSeconds()
                        + " s", uri.toString(), step.status);
            }
        }
        else {
            long millis = FIRST_BACKOFF_MILLIS << Math.min(attempt, 10);
            millis += ThreadLocalRandom.current().nextLong(millis / 2 + 1);
            wait = Duration.ofMillis(Math.min(millis, settings.maxRetryWait().toMillis()));
        }
        if (wait.compareTo(deadline.remaining()) >= 0) {
            throw new RegistryUnavailableException(step.retryReason + "; no time left to retry", uri.toString(),
                    step.status);
        }
        try {
            Thread.sleep(wait.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException("interrupted", uri.toString(), step.status);
        }
    }

    private <T> Step<T> once(final RegistryConfig registry, final URI uri, final String method, final String accept,
            final BodyReader<T> reader, final Deadline deadline) throws RegistryUnavailableException {
        Duration limit = deadline.remaining().compareTo(settings.requestTimeout()) < 0 ? deadline.remaining()
                : settings.requestTimeout();
        if (limit.isZero()) {
            throw new RegistryUnavailableException("time limit of the look-up reached before asking",
                    uri.toString(), 0);
        }
        Deadline exchangeEnd = Deadline.after(limit);
        acquire(uri, exchangeEnd);
        try {
            stats.httpRequests.incrementAndGet();
            HttpResponse<InputStream> response = send(request(registry, uri, method, accept, limit), uri, limit);
            int status = response.statusCode();
            if (status == 200) {
                T body = method.equals("HEAD") ? discard(response) : read(response, reader, exchangeEnd, limit);
                return Step.done(new Response<>(uri, status, body, lastModified(response)));
            }
            discard(response);
            if (status == 404 || status == 410) {
                return Step.done(new Response<>(uri, status, null, null));
            }
            Optional<String> location = response.headers().firstValue("Location");
            if (status >= 300 && status < 400 && location.isPresent()) {
                return Step.redirect(uri.resolve(location.get()), status);
            }
            if (status == 429 || status >= 500) {
                return Step.retry("HTTP " + status + (status == 429 ? " (rate limited)" : " (server error)"),
                        status, RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null),
                                Instant.now()));
            }
            if (status == 401 || status == 403) {
                throw new RegistryUnavailableException("HTTP " + status + ": the registry "
                        + (registry.credentials() == null ? "needs credentials" : "refused the credentials")
                        + " (not an answer about the package)", uri.toString(), status);
            }
            throw new RegistryUnavailableException("unexpected HTTP " + status, uri.toString(), status);
        }
        catch (RetryableException e) {
            return Step.retry(e.getMessage(), 0, Optional.empty());
        }
        finally {
            permits.release();
        }
    }

    private void acquire(final URI uri, final Deadline until) throws RegistryUnavailableException {
        try {
            if (!permits.tryAcquire(until.remaining().toNanos(), TimeUnit.NANOSECONDS)) {
                throw new RegistryUnavailableException("time limit reached while waiting for a free connection",
                        uri.toString(), 0);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException("interrupted", uri.toString(), 0);
        }
    }

    private static HttpRequest request(final RegistryConfig registry, final URI uri, final String method,
            final String accept, final Duration limit) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(limit)
                .header("Accept", accept)
                .header("Accept-Encoding", "gzip")
                .header("User-Agent", USER_AGENT)
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (registry.credentials() != null && registry.sameOrigin(uri)) {
            builder.header("Authorization", registry.credentials().authorizationHeader());
        }
        return builder.build();
    }

    private HttpResponse<InputStream> send(final HttpRequest request, final URI uri, final Duration limit)
            throws RegistryUnavailableException, RetryableException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        }
        catch (HttpConnectTimeoutException e) {
            throw new RetryableException("could not connect within " + settings.connectTimeout().toMillis()
                    + " ms");
        }
        catch (HttpTimeoutException e) {
            throw new RegistryUnavailableException("no response within " + limit.toMillis() + " ms",
                    uri.toString(), 0);
        }
        catch (ConnectException e) {
            throw new RetryableException("could not connect (" + describe(e) + ")");
        }
        catch (IOException e) {
            throw new RegistryUnavailableException("network error: " + describe(e), uri.toString(), 0);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException("interrupted", uri.toString(), 0);
        }
    }

    private <T> T read(final HttpResponse<InputStream> response, final BodyReader<T> reader,
            final Deadline exchangeEnd, final Duration limit) throws RegistryUnavailableException {
        String url = response.uri().toString();
        long cap = settings.maxResponseBytes();
        InputStream raw = response.body();
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> guard = watchdog.schedule(() -> {
            timedOut.set(true);
            closeQuietly(raw);
        }, exchangeEnd.remaining().toNanos(), TimeUnit.NANOSECONDS);
        try (raw) {
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > cap) {
                throw new RegistryUnavailableException("response body of " + declared
                        + " bytes is larger than the limit of " + cap + " bytes", url, 200);
            }
            InputStream in = new CappedInputStream(raw, cap);
            String encoding = response.headers().firstValue("Content-Encoding").orElse("identity").strip();
            if (encoding.equalsIgnoreCase("gzip") || encoding.equalsIgnoreCase("x-gzip")) {
                in = new CappedInputStream(new GZIPInputStream(in), cap);
            }
            else if (!encoding.equalsIgnoreCase("identity")) {
                throw new RegistryUnavailableException("unsupported Content-Encoding " + encoding, url, 200);
            }
            return reader.read(in);
        }
        catch (CappedInputStream.TooLargeException e) {
            throw new RegistryUnavailableException("response body larger than the limit of " + cap + " bytes",
                    url, 200);
        }
        catch (JsonProcessingException e) {
            throw new RegistryUnavailableException(timedOut.get() ? incomplete(limit)
                    : "invalid JSON in the response: " + e.getOriginalMessage(), url, 200);
        }
        catch (InvalidBodyException e) {
            throw new RegistryUnavailableException(timedOut.get() ? incomplete(limit)
                    : "invalid response body: " + e.getMessage(), url, 200);
        }
        catch (IOException e) {
            throw new RegistryUnavailableException(timedOut.get() ? incomplete(limit)
                    : "response body truncated or connection lost: " + describe(e), url, 200);
        }
        finally {
            guard.cancel(false);
        }
    }

    private static String incomplete(final Duration limit) {
        return "no complete response within " + limit.toMillis() + " ms";
    }

    private static <T> T discard(final HttpResponse<InputStream> response) {
        closeQuietly(response.body());
        return null;
    }

    private static Instant lastModified(final HttpResponse<?> response) {
        return response.headers().firstValue("Last-Modified").flatMap(RetryAfter::httpDate).orElse(null);
    }

    private static void closeQuietly(final InputStream in) {
        try {
            in.close();
        }
        catch (IOException e) {
            // nothing left to do with a stream we are abandoning
        }
    }

    private static String describe(final Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    /** A failure worth another attempt (connection refused or not opened in time). */
    private static final class RetryableException extends Exception {
        private static final long serialVersionUID = 1L;

        RetryableException(final String message) {
            super(message);
        }
    }

    /** What one attempt led to: an answer, a redirect or a retry. */
    private static final class Step<T> {
        private Response<T> response;
        private URI redirect;
        private String retryReason;
        private Optional<Duration> retryAfter = Optional.empty();
        private int status;

        static <T> Step<T> done(final Response<T> response) {
            Step<T> step = new Step<>();
            step.response = response;
            step.status = response.status();
            return step;
        }

        static <T> Step<T> redirect(final URI target, final int status) {
            Step<T> step = new Step<>();
            step.redirect = target;
            step.status = status;
            return step;
        }

        static <T> Step<T> retry(final String reason, final int status, final Optional<Duration> retryAfter) {
            Step<T> step = new Step<>();
            step.retryReason = reason;
            step.status = status;
            step.retryAfter = retryAfter;
            return step;
        }
    }
}
