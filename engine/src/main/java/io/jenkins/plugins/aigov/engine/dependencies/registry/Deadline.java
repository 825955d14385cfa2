package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.time.Duration;

/** A point in monotonic time after which no more waiting is allowed. */
record Deadline(long nanoTime) {
    static Deadline after(final Duration duration) {
        return new Deadline(System.nanoTime() + duration.toNanos());
    }

    Duration remaining() {
        long left = nanoTime - System.nanoTime();
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }

    boolean passed() {
        return nanoTime - System.nanoTime() <= 0;
    }

    /** The earlier of this deadline and {@code duration} from now. */
    Deadline min(final Duration duration) {
        Deadline other = after(duration);
        return other.nanoTime - nanoTime < 0 ? other : this;
    }
}
