package io.jenkins.plugins.aigov.engine.scan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The one place that turns a secret into something safe to write: a prefix of at most four characters and a
 * SHA-256-based tag, e.g. {@code AKIA…#sha256:1a2b3c4d}. Every rule's snippet, message and evidence go through it.
 */
public final class Redactor {
    private static final int PREFIX = 4;
    private static final int SHORT = 8;

    private Redactor() {
    }

    /** The redacted form of a secret. Short secrets keep a shorter prefix so most of the value stays hidden. */
    public static String redact(final String secret) {
        int keep = Math.min(PREFIX, secret.length() / 4);
        return secret.substring(0, keep) + "…#sha256:" + sha256(secret).substring(0, SHORT);
    }

    /** {@code text} with every occurrence of every secret replaced by its redacted form. */
    public static String redactAll(final String text, final Collection<String> secrets) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        String result = text;
        List<String> longestFirst = new ArrayList<>(secrets);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        for (String secret : longestFirst) {
            if (!secret.isEmpty()) {
                result = result.replace(secret, redact(secret));
            }
        }
        return result;
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256(final String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
