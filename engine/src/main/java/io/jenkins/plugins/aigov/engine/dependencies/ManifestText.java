package io.jenkins.plugins.aigov.engine.dependencies;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The limits every manifest passes before a parser sees it, and its text split into lines.
 *
 * <p>Files over {@link #MAX_BYTES} and files with NUL bytes are refused. Text is UTF-8 (a BOM is dropped, bad
 * bytes become U+FFFD). Line-based readers get lines longer than {@link #MAX_LINE} characters as blank lines plus a
 * problem, so that line numbers stay right.
 */
final class ManifestText {
    /** Largest manifest read: 10 MiB. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    /** Longest line read by line-based readers: 64 KiB. */
    static final int MAX_LINE = 64 * 1024;

    private ManifestText() {
    }

    /** Why the content cannot be read at all, or empty when it may be parsed. */
    static Optional<String> refusal(final byte[] content) {
        if (content.length > MAX_BYTES) {
            return Optional.of("file is larger than 10 MiB (" + content.length + " bytes); not parsed");
        }
        for (byte b : content) {
            if (b == 0) {
                return Optional.of("binary content (NUL byte); not parsed");
            }
        }
        return Optional.empty();
    }

    /** The content as text. */
    static String decode(final byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        String text;
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(content));
            text = chars.toString();
        } catch (CharacterCodingException e) {
            text = new String(content, StandardCharsets.UTF_8); // not reached with REPLACE
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * The lines of a text ({@code \n}, {@code \r\n} or {@code \r}); a line over {@link #MAX_LINE} becomes
     * {@code ""} and a problem.
     */
    static List<String> lines(final String text, final Collector out) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int length = text.length();
        while (start <= length) {
            int end = start;
            while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            if (end - start > MAX_LINE) {
                out.problem(lines.size() + 1, "line longer than 64 KiB; skipped");
                lines.add("");
            } else {
                lines.add(text.substring(start, end));
            }
            if (end == length) {
                break;
            }
            start = end + (text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n' ? 2 : 1);
        }
        return lines;
    }

    /** The text with every overlong line blanked (and reported), for readers that need the whole text. */
    static String withoutLongLines(final String text, final Collector out) {
        return String.join("\n", lines(text, out));
    }
}
