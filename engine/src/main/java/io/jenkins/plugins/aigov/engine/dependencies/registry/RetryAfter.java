package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads {@code Retry-After} (delta-seconds or an HTTP date) and {@code Last-Modified} headers. */
final class RetryAfter {
    private RetryAfter() {
    }

    /** The wait asked for, or empty if the header is absent or unreadable; never negative. */
    static Optional<Duration> parse(final String header, final Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            }
            catch (NumberFormatException e) {
                return Optional.of(Duration.ofDays(1));  // absurdly long: the caller's cap ends the retries
            }
        }
        return httpDate(value).map(date -> date.isAfter(now) ? Duration.between(now, date) : Duration.ZERO);
    }

    /** An RFC 1123 date as HTTP sends it, or empty. */
    static Optional<Instant> httpDate(final String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        }
        catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
