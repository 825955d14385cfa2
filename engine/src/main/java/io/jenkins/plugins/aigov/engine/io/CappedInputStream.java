package io.jenkins.plugins.aigov.engine.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fails as soon as more than {@code limit} bytes have been read, so an oversized input (a registry's response, a
 * scanner's log) never fills the heap.
 */
public final class CappedInputStream extends FilterInputStream {
    /** Thrown when the input passes the limit. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(final long limit) {
            super("larger than the " + limit + "-byte cap");
        }
    }

    private final long limit;
    private long count;

    /** Reads at most {@code limit} bytes of {@code in}. */
    public CappedInputStream(final InputStream in, final long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(final byte[] buffer, final int offset, final int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(final long n) throws IOException {
        long skipped = super.skip(n);
        add(skipped);
        return skipped;
    }

    private void add(final long n) throws TooLargeException {
        count += n;
        if (count > limit) {
            throw new TooLargeException(limit);
        }
    }
}
