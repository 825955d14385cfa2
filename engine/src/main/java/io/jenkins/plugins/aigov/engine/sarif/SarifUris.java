package io.jenkins.plugins.aigov.engine.sarif;

import java.nio.charset.StandardCharsets;

/** Repository paths as URI references: every byte outside the unreserved and path characters percent-encoded. */
final class SarifUris {
    private static final String KEEP = "-._~/!$&'()*+,;=@";

    private SarifUris() {
    }

    static String encode(final String path) {
        StringBuilder uri = new StringBuilder(path.length());
        for (byte b : path.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || KEEP.indexOf(c) >= 0)) {
                uri.append((char) c);
            }
            else {
                uri.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return uri.toString();
    }
}
