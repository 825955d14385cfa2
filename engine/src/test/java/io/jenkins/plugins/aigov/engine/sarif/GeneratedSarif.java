package io.jenkins.plugins.aigov.engine.sarif;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** A valid-looking SARIF log of {@code size} bytes made up on the fly, so no test holds it in memory or on disk. */
final class GeneratedSarif extends InputStream {
    private static final byte[] HEAD = ("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"gen\"}},"
            + "\"results\":[").getBytes(StandardCharsets.UTF_8);
    private static final byte[] RESULT = ("{\"ruleId\":\"r\",\"message\":{\"text\":\"generated result\"},"
            + "\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"a.txt\"},"
            + "\"region\":{\"startLine\":1}}}]},\n").getBytes(StandardCharsets.UTF_8);
    private final long size;
    private long position;

    GeneratedSarif(final long size) {
        this.size = size;
    }

    @Override
    public int read() {
        if (position >= size) {
            return -1;
        }
        long at = position++;
        if (at < HEAD.length) {
            return HEAD[(int) at];
        }
        return RESULT[(int) ((at - HEAD.length) % RESULT.length)];
    }

    @Override
    public int read(final byte[] buffer, final int offset, final int length) {
        if (position >= size) {
            return -1;
        }
        int n = (int) Math.min(length, size - position);
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = (byte) read();
        }
        return n;
    }
}
