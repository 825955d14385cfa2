package io.jenkins.plugins.aigov.engine.provenance;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrailerParserTest {
    @Test
    void shouldReadTrailersOfTheLastParagraphWithLineNumbers() {
        List<Trailer> trailers = TrailerParser.parse("Add parser\n\nBody text here.\n\n"
                + "Signed-off-by: Jane Doe <jane@example.com>\nReviewed-by: Bob <bob@example.com>\n");

        assertThat(trailers).containsExactly(new Trailer("Signed-off-by", "Jane Doe <jane@example.com>", 5),
                new Trailer("Reviewed-by", "Bob <bob@example.com>", 6));
    }

    @Test
    void shouldReadClaudeCodeFooterTrailersAfterTheGeneratedWithLine() {
        List<Trailer> trailers = TrailerParser.parse("Fix login\n\nDetails.\n\n"
                + "\uD83E\uDD16 Generated with [Claude Code](https://claude.com/claude-code)\n\n"
                + "Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>\n");

        assertThat(trailers).containsExactly(
                new Trailer("Co-Authored-By", "Claude Opus 4.5 <noreply@anthropic.com>", 7));
    }

    @Test
    void shouldKeepTrailersWhenOneNonTrailerLineSitsAmongThem() {
        List<Trailer> trailers = TrailerParser.parse("Fix login\n\n"
                + "\uD83E\uDD16 Generated with [Claude Code](https://claude.com/claude-code)\n"
                + "Co-Authored-By: Claude <noreply@anthropic.com>\n");

        assertThat(trailers).extracting(Trailer::key, Trailer::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Co-Authored-By", 4));
    }

    @Test
    void shouldFoldContinuationLinesIntoThePreviousValue() {
        List<Trailer> trailers = TrailerParser.parse("Subject\n\nFixes: a very long\n  continued value\n"
                + "Cc: x@example.com\r\n");

        assertThat(trailers).containsExactly(new Trailer("Fixes", "a very long continued value", 3),
                new Trailer("Cc", "x@example.com", 5));
    }

    @Test
    void shouldNotReadProseOrTheSubjectAsTrailers() {
        assertThat(TrailerParser.parse("Fixes: the subject line only")).isEmpty();
        assertThat(TrailerParser.parse("Subject\n\nNote: this paragraph is prose\nand goes on\nfor lines\n"))
                .isEmpty();
        assertThat(TrailerParser.parse("Subject\n\nDevin Session: https://app.devin.ai/sessions/abc\n")).isEmpty();
        assertThat(TrailerParser.parse("Subject\n\nhttps://example.com/x\n")).isEmpty();
        assertThat(TrailerParser.parse(null)).isEmpty();
        assertThat(TrailerParser.parse("")).isEmpty();
    }

    @Test
    void shouldReadAParagraphOfUnknownKeysWhenEveryLineIsATrailer() {
        assertThat(TrailerParser.parse("Subject\n\nX-Custom: 1\nOther-Key: two\n"))
                .extracting(Trailer::key).containsExactly("X-Custom", "Other-Key");
    }

    @Test
    void shouldNotBlowUpOnAHugeMessage() {
        String huge = "Subject\n\n" + "x".repeat(3 << 20) + "\n\nSigned-off-by: A <a@example.com>\n";

        assertThat(TrailerParser.parse(huge)).isEmpty(); // cut at 1 MiB, before the trailer
    }
}
