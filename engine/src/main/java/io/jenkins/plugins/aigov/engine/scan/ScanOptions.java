package io.jenkins.plugins.aigov.engine.scan;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Limits and context of a scan. Immutable; change with the {@code with…} methods.
 *
 * @param maxFileBytes  files larger than this are skipped and reported (default 2 MiB)
 * @param maxLineLength lines longer than this (in chars) are not matched and are reported (default 4 KiB)
 * @param today         the date suppressions expire against
 * @param suppressions  the repository's suppressions file, or {@code null}: a tree scan then reads
 *                      {@code .aigov/suppressions.yml} under the root
 * @param threads       how many files a tree scan reads at once
 */
public record ScanOptions(long maxFileBytes, int maxLineLength, LocalDate today, SuppressionFile suppressions,
        int threads) {
    /** 2 MiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 2L * 1024 * 1024;
    /** 4 KiB. */
    public static final int DEFAULT_MAX_LINE_LENGTH = 4 * 1024;

    /** Checks the limits. */
    public ScanOptions {
        if (maxFileBytes < 1 || maxLineLength < 1 || threads < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (today == null) {
            throw new IllegalArgumentException("today must be set");
        }
    }

    /** The defaults: 2 MiB files, 4 KiB lines, today in UTC, one thread per processor. */
    public static ScanOptions defaults() {
        return new ScanOptions(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_LINE_LENGTH, LocalDate.now(ZoneOffset.UTC), null,
                Runtime.getRuntime().availableProcessors());
    }

    /** With another file size cap. */
    public ScanOptions withMaxFileBytes(final long value) {
        return new ScanOptions(value, maxLineLength, today, suppressions, threads);
    }

    /** With another line length cap. */
    public ScanOptions withMaxLineLength(final int value) {
        return new ScanOptions(maxFileBytes, value, today, suppressions, threads);
    }

    /** With another date for expiring suppressions. */
    public ScanOptions withToday(final LocalDate value) {
        return new ScanOptions(maxFileBytes, maxLineLength, value, suppressions, threads);
    }

    /** With these suppressions. */
    public ScanOptions withSuppressions(final SuppressionFile value) {
        return new ScanOptions(maxFileBytes, maxLineLength, today, value, threads);
    }

    /** With another number of threads. */
    public ScanOptions withThreads(final int value) {
        return new ScanOptions(maxFileBytes, maxLineLength, today, suppressions, value);
    }
}
