package io.jenkins.plugins.aigov.engine.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the trailers of a commit message the way {@code git interpret-trailers --parse} does.
 *
 * <ul>
 *   <li>Only the last paragraph counts, and never the subject paragraph.</li>
 *   <li>A trailer line is {@code Key: value}; the key is letters, digits and {@code -} (no spaces, so
 *       {@code Devin Session: …} is not a trailer). The colon must be followed by a blank or the line end,
 *       so a bare URL line is not a trailer.</li>
 *   <li>A line starting with whitespace continues the previous trailer; it is folded in with one space.</li>
 *   <li>The paragraph is a trailer block when every line is a trailer, or when at least one key is a well-known
 *       one ({@code Signed-off-by}, {@code Co-authored-by}, the agent keys …) and at least 25% of the lines are
 *       trailers. The second rule lets a block like Claude Code's footer line followed by its
 *       {@code Co-Authored-By} still yield the trailers; the non-trailer lines are skipped.</li>
 * </ul>
 * Line numbers are 1-based within the message. Messages over 1 MiB are cut before parsing.
 */
public final class TrailerParser {
    private static final Pattern TRAILER = Pattern.compile("([A-Za-z0-9][A-Za-z0-9-]*)[ \\t]*:(?:[ \\t](.*))?");
    private static final Set<String> KNOWN_KEYS = Set.of("signed-off-by", "co-authored-by", "co-developed-by",
            "assisted-by", "generated-by", "ai-agent", "made-with", "entire-checkpoint", "entire-attribution",
            "claude-session", "agent-logs-url", "amp-thread-id", "reviewed-by", "acked-by", "tested-by",
            "reported-by", "suggested-by", "approved-by", "helped-by", "change-id", "fixes", "closes", "refs",
            "link", "cc", "bug");

    private TrailerParser() {
    }

    /**
     * The trailers of the message's last paragraph.
     *
     * @param message a commit message; {@code null} gives no trailers
     * @return the trailers in order, possibly empty
     */
    public static List<Trailer> parse(final String message) {
        String[] lines = SignalText.capped(message).split("\n", -1);
        int end = lines.length;
        while (end > 0 && isBlank(lines[end - 1])) {
            end--;
        }
        int start = end;
        while (start > 0 && !isBlank(lines[start - 1])) {
            start--;
        }
        if (start == 0 || end == 0) {
            return List.of(); // empty, or only the subject paragraph
        }
        return block(lines, start, end);
    }

    private static List<Trailer> block(final String[] lines, final int start, final int end) {
        List<Trailer> trailers = new ArrayList<>();
        int entries = 0;
        boolean known = false;
        String key = null;
        StringBuilder value = null;
        int keyLine = 0;
        for (int i = start; i < end; i++) {
            String line = stripCr(lines[i]);
            if ((line.startsWith(" ") || line.startsWith("\t")) && key != null) {
                value.append(' ').append(line.strip());
                continue;
            }
            if (key != null) {
                trailers.add(new Trailer(key, value.toString().strip(), keyLine));
                key = null;
            }
            entries++;
            Matcher matcher = TRAILER.matcher(line);
            if (matcher.matches()) {
                key = matcher.group(1);
                value = new StringBuilder(matcher.group(2) == null ? "" : matcher.group(2));
                keyLine = i + 1;
                known |= KNOWN_KEYS.contains(key.toLowerCase(Locale.ROOT));
            }
        }
        if (key != null) {
            trailers.add(new Trailer(key, value.toString().strip(), keyLine));
        }
        boolean all = trailers.size() == entries;
        boolean enough = known && trailers.size() * 4 >= entries;
        return all || enough ? List.copyOf(trailers) : List.of();
    }

    private static boolean isBlank(final String line) {
        return line.isBlank();
    }

    private static String stripCr(final String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
