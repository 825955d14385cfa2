package io.jenkins.plugins.aigov.engine.bom;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The BOM serial number: a name-based UUID version 5 (SHA-1, RFC 9562 §5.5) in the namespace {@link #NAMESPACE},
 * over the name {@code aigov-bom|<project name>|<head commit>|<sha256 of the BOM without serial number>}. The same
 * content gives the same serial; any change of content gives another.
 */
final class SerialNumbers {
    /** Our namespace UUID (a fixed random UUID, never to change). */
    static final UUID NAMESPACE = UUID.fromString("6f0f7b0e-3c1d-4f55-9a53-2b1c0d7e8a41");

    private SerialNumbers() {
    }

    static String of(final String projectName, final String headCommit, final String contentSha256) {
        String name = "aigov-bom|" + projectName + "|" + headCommit + "|" + contentSha256;
        return "urn:uuid:" + uuid5(NAMESPACE, name);
    }

    static UUID uuid5(final UUID namespace, final String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                    .putLong(namespace.getLeastSignificantBits()).array());
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0F) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3F) | 0x80);
            ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(bytes.getLong(), bytes.getLong());
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
