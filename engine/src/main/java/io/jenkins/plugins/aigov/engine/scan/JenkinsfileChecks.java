package io.jenkins.plugins.aigov.engine.scan;

import java.util.List;
import java.util.Locale;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Compares the base and head versions of a Jenkinsfile for changes that switch off or weaken the AI gates.
 * Commented-out lines ({@code //} or {@code *}) count as removed.
 */
final class JenkinsfileChecks {
    private static final Pattern CALL = Pattern.compile("\\baiGates\\b\\s*(?:\\(|$|\\{|[a-zA-Z'\"])");
    private static final Pattern FAIL_ON = Pattern.compile("\\bfailOn\\s*:\\s*['\"]([A-Za-z]+)['\"]");
    private static final Pattern STOP_OFF = Pattern.compile("\\bstopBuild\\s*:\\s*false\\b");
    /** Thresholds from strictest to weakest; {@code failOn} without a value in a call means the default. */
    private static final List<String> THRESHOLDS = List.of("info", "low", "medium", "high", "critical", "never",
            "none");
    private static final String DEFAULT_THRESHOLD = "high";

    private JenkinsfileChecks() {
    }

    static List<Hit> gatesRemoved(final Rule rule, final FileContext file) {
        if (file.base() == null) {
            return List.of();
        }
        int before = count(CALL, file.base());
        int after = count(CALL, file.head());
        return after < before ? List.of(new Hit(rule, 0, null, "aiGates calls: " + before + " → " + after))
                : List.of();
    }

    static List<Hit> failOnLowered(final Rule rule, final FileContext file) {
        if (file.base() == null || count(CALL, file.head()) == 0) {
            return List.of();
        }
        int before = weakest(file.base());
        int after = weakest(file.head());
        if (after <= before) {
            return List.of();
        }
        int line = lineOf(file.head(), THRESHOLDS.get(after));
        return List.of(new Hit(rule, line, null, "failOn " + THRESHOLDS.get(before) + " → "
                + THRESHOLDS.get(after)));
    }

    static List<Hit> stopBuildDisabled(final Rule rule, final FileContext file) {
        if (file.base() == null || count(STOP_OFF, file.head()) <= count(STOP_OFF, file.base())) {
            return List.of();
        }
        int line = 0;
        for (int i = 1; i <= file.head().lineCount() && line == 0; i++) {
            if (live(file.head().line(i)) && STOP_OFF.matcher(file.head().line(i)).find()) {
                line = i;
            }
        }
        return List.of(new Hit(rule, line, null, null));
    }

    /** The index of the weakest threshold any {@code aiGates} call uses; the default when a call names none. */
    private static int weakest(final SourceText text) {
        int weakest = -1;
        for (int i = 1; i <= text.lineCount(); i++) {
            String line = text.line(i);
            if (!live(line)) {
                continue;
            }
            Matcher matcher = FAIL_ON.matcher(line);
            while (matcher.find()) {
                int index = THRESHOLDS.indexOf(matcher.group(1).toLowerCase(Locale.ROOT));
                weakest = Math.max(weakest, index < 0 ? THRESHOLDS.indexOf(DEFAULT_THRESHOLD) : index);
            }
        }
        return weakest < 0 ? THRESHOLDS.indexOf(DEFAULT_THRESHOLD) : weakest;
    }

    private static int lineOf(final SourceText text, final String threshold) {
        for (int i = 1; i <= text.lineCount(); i++) {
            Matcher matcher = FAIL_ON.matcher(text.line(i));
            if (live(text.line(i)) && matcher.find() && matcher.group(1).equalsIgnoreCase(threshold)) {
                return i;
            }
        }
        return 0;
    }

    private static int count(final Pattern pattern, final SourceText text) {
        int count = 0;
        for (int i = 1; i <= text.lineCount(); i++) {
            String line = text.line(i);
            if (live(line)) {
                Matcher matcher = pattern.matcher(line);
                while (matcher.find()) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean live(final String line) {
        String trimmed = line.strip();
        return !trimmed.startsWith("//") && !trimmed.startsWith("*") && !trimmed.startsWith("/*");
    }
}
