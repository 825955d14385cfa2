package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.io.Serializable;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;

/**
 * One registry to ask about the packages of one ecosystem.
 *
 * @param name        a short name for logs and evidence, e.g. {@code corp-npm} or the product name of a public
 *                    registry
 * @param ecosystem   the packages it holds
 * @param baseUrl     the root that the ecosystem's protocol paths are appended to (no trailing slash needed)
 * @param credentials sent to this registry only, or {@code null}
 * @param enabled     whether to ask it at all
 */
public record RegistryConfig(String name, Ecosystem ecosystem, URI baseUrl, RegistryCredentials credentials,
        boolean enabled) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Canonical constructor: checks the URL and drops a trailing slash. */
    public RegistryConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ecosystem, "ecosystem");
        Objects.requireNonNull(baseUrl, "baseUrl");
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("registry '" + name + "': base URL must be http(s)://host/...: "
                    + baseUrl);
        }
        if (baseUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException("registry '" + name + "': put credentials in the credentials, not in"
                    + " the base URL");
        }
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("registry '" + name + "': base URL must have no query or fragment: "
                    + baseUrl);
        }
        String text = baseUrl.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        baseUrl = URI.create(text);
    }

    /** An enabled registry without credentials. */
    public static RegistryConfig of(final String name, final Ecosystem ecosystem, final String baseUrl) {
        return new RegistryConfig(name, ecosystem, URI.create(baseUrl), null, true);
    }

    /** This registry with credentials. */
    public RegistryConfig withCredentials(final RegistryCredentials newCredentials) {
        return new RegistryConfig(name, ecosystem, baseUrl, newCredentials, enabled);
    }

    /** This registry switched on or off. */
    public RegistryConfig withEnabled(final boolean on) {
        return new RegistryConfig(name, ecosystem, baseUrl, credentials, on);
    }

    /** {@code baseUrl} followed by an already-escaped path that starts with {@code /}. */
    URI resolve(final String rawPath) {
        return URI.create(baseUrl + rawPath);
    }

    /** Whether {@code uri} is on this registry's scheme, host and port (credentials may go there). */
    boolean sameOrigin(final URI uri) {
        return baseUrl.getScheme().equalsIgnoreCase(uri.getScheme())
                && baseUrl.getHost().equalsIgnoreCase(String.valueOf(uri.getHost()))
                && effectivePort(baseUrl) == effectivePort(uri);
    }

    private static int effectivePort(final URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
