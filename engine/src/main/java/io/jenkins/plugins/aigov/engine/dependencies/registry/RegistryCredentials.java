package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.io.Serializable;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * The credentials of one private registry: a user name and password (HTTP Basic) or a token (HTTP Bearer). The
 * secret is held as a char array and never appears in {@link #toString()}; it is sent only to the registry it
 * belongs to.
 */
public final class RegistryCredentials implements Serializable {
    private static final long serialVersionUID = 1L;

    /** How the secret is sent. */
    public enum Scheme {
        /** {@code Authorization: Basic base64(user:password)}. */
        BASIC,
        /** {@code Authorization: Bearer token}. */
        BEARER
    }

    private final Scheme scheme;
    private final String username;
    private final char[] secret;

    private RegistryCredentials(final Scheme scheme, final String username, final char[] secret) {
        this.scheme = scheme;
        this.username = username;
        this.secret = secret.clone();
    }

    /** User name and password, sent with HTTP Basic. */
    public static RegistryCredentials basic(final String username, final char[] password) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (username.indexOf(':') >= 0) {
            throw new IllegalArgumentException("a Basic user name cannot contain ':'");
        }
        return new RegistryCredentials(Scheme.BASIC, username, password);
    }

    /** A token, sent with HTTP Bearer. */
    public static RegistryCredentials bearer(final char[] token) {
        Objects.requireNonNull(token, "token");
        return new RegistryCredentials(Scheme.BEARER, null, token);
    }

    /** How the secret is sent. */
    public Scheme getScheme() {
        return scheme;
    }

    /** The user name for Basic, {@code null} for Bearer. */
    public String getUsername() {
        return username;
    }

    /** The value of the {@code Authorization} header; only the HTTP layer calls this. */
    String authorizationHeader() {
        if (scheme == Scheme.BEARER) {
            return "Bearer " + new String(secret);
        }
        CharBuffer pair = CharBuffer.allocate(username.length() + 1 + secret.length);
        pair.put(username).put(':').put(secret).flip();
        var bytes = StandardCharsets.UTF_8.encode(pair);
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        String header = "Basic " + Base64.getEncoder().encodeToString(raw);
        Arrays.fill(raw, (byte) 0);
        Arrays.fill(pair.array(), '\0');
        return header;
    }

    @Override
    public String toString() {
        return scheme == Scheme.BASIC ? "Basic(user=" + username + ", password=****)" : "Bearer(token=****)";
    }
}
