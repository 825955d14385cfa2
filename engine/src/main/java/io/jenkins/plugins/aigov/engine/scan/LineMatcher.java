package io.jenkins.plugins.aigov.engine.scan;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Applies a {@code regex} rule to one line: the exclusion, the pattern, the secret's entropy and the
 * {@code requires} and {@code unless} windows.
 */
final class LineMatcher {
    private LineMatcher() {
    }

    /** The rule's hit on this line, or {@code null}. */
    static Hit match(final Rule rule, final SourceText text, final int line) {
        String content = text.line(line);
        if (rule.excludePattern() != null && rule.excludePattern().matcher(content).find()) {
            return null;
        }
        boolean secretGroup = rule.capturesSecret();
        Matcher matcher = rule.pattern().matcher(content);
        while (matcher.find()) {
            String secret = secretGroup ? matcher.group(Rule.SECRET_GROUP) : null;
            if (secret != null && rule.entropyMin() > 0 && Entropy.of(secret) < rule.entropyMin()) {
                continue;
            }
            if (rule.requires() != null && !near(rule.requires(), rule.requiresWithin(), text, line)
                    || rule.unless() != null && near(rule.unless(), rule.unlessWithin(), text, line)) {
                return null;
            }
            return new Hit(rule, line, secret, null);
        }
        return null;
    }

    /** Whether the pattern is found in the file at all (for {@code absent} rules). */
    static boolean anywhere(final Pattern pattern, final SourceText text) {
        for (int line = 1; line <= text.lineCount(); line++) {
            if (pattern.matcher(text.line(line)).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(final Pattern pattern, final int within, final SourceText text, final int line) {
        int from = Math.max(1, line - within);
        int to = Math.min(text.lineCount(), line + within);
        for (int i = from; i <= to; i++) {
            if (pattern.matcher(text.line(i)).find()) {
                return true;
            }
        }
        return false;
    }
}
