package io.jenkins.plugins.aigov.engine.provenance;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.jenkins.plugins.aigov.engine.model.Origin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GitAiNotesTest {
    private static LineAttribution parse(final String fixture) throws ProvenanceFormatException {
        return GitAiNotes.parse(TestCommits.fixture(fixture), "refs/notes/ai@a1b2c3d4e5f6");
    }

    @Test
    void shouldReadSessionAndHumanRanges() throws ProvenanceFormatException {
        LineAttribution note = parse("valid-git-ai-note.txt");

        assertThat(note.source()).isEqualTo("git-ai-note");
        String parser = "src/main/java/com/example/Parser.java";
        assertThat(note.files().get(parser)).containsExactly(
                new AttributedRange(1, 24, Origin.AI_GENERATED, "claude-code", "claude-sonnet-4-5-20250929"),
                new AttributedRange(25, 29, Origin.HUMAN, null, null),
                new AttributedRange(30, 41, Origin.AI_GENERATED, "claude-code", "claude-sonnet-4-5-20250929"));
        assertThat(note.originOf(parser, 27)).isEqualTo(Origin.HUMAN);
        assertThat(note.originOf(parser, 42)).isNull();
        assertThat(note.originOf("src/test/java/com/example/ParserTest.java", 58)).isEqualTo(Origin.AI_GENERATED);
        assertThat(note.references()).containsExactly("git-ai:s_3f1a9c2b7d4e60");
        assertThat(note.evidence()).containsExactly(
                new Evidence("git-ai-note", "git-ai-note", "refs/notes/ai@a1b2c3d4e5f6",
                        "claude / claude-sonnet-4-5-20250929", true, Origin.AI_GENERATED, "claude-code",
                        "claude-sonnet-4-5-20250929"),
                new Evidence("git-ai-note", "git-ai-note", "refs/notes/ai@a1b2c3d4e5f6", "known human", true,
                        Origin.HUMAN, null, null));
    }

    @Test
    void shouldUnquotePathsWithSpaces() throws ProvenanceFormatException {
        LineAttribution note = parse("valid-git-ai-note-quoted-path.txt");

        assertThat(note.files()).containsOnlyKeys("docs/user guide/getting started.md", "README.md");
        assertThat(note.files().get("docs/user guide/getting started.md")).containsExactly(
                new AttributedRange(3, 7, Origin.AI_GENERATED, "cursor", "gpt-5"),
                new AttributedRange(12, 12, Origin.AI_GENERATED, "cursor", "gpt-5"));
    }

    @Test
    void shouldReadLegacyPromptKeys() throws ProvenanceFormatException {
        LineAttribution note = parse("valid-git-ai-note-legacy.txt");

        assertThat(note.files().get("test.json")).containsExactly(
                new AttributedRange(3, 4, Origin.HUMAN, null, null),
                new AttributedRange(5, 6, Origin.AI_GENERATED, "claude-code", "claude-opus-4-7"),
                new AttributedRange(7, 14, Origin.HUMAN, null, null));
        assertThat(note.files().get("src/lib.rs")).containsExactly(
                new AttributedRange(1, 50, Origin.AI_GENERATED, "copilot", null));
        assertThat(note.references()).containsExactly("https://usegitai.com/prompts/d4a7828bfdafe456",
                "git-ai:abcd1234abcd1234");
    }

    @Test
    void shouldReadHumanOnlyNote() throws ProvenanceFormatException {
        LineAttribution note = parse("valid-git-ai-note-human-only.txt");

        assertThat(note.files().get("app.txt")).containsExactly(new AttributedRange(1, 3, Origin.HUMAN, null, null));
        assertThat(note.evidence()).extracting(Evidence::implies).containsExactly(Origin.HUMAN);
    }

    static Stream<Arguments> corruptNotes() {
        return Stream.of(
                Arguments.of("invalid-git-ai-note-bad-range.txt", 3, "bad line range '20-12'"),
                Arguments.of("invalid-git-ai-note-bad-json.txt", 7, "bad JSON metadata"),
                Arguments.of("invalid-git-ai-note-no-divider.txt", 4, "no '---' line"),
                Arguments.of("invalid-git-ai-note-entry-before-path.txt", 1, "attestation entry before any file path"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corruptNotes")
    void shouldReportCorruptNotesWithTheirLine(final String fixture, final int line, final String message) {
        assertThatThrownBy(() -> parse(fixture)).isInstanceOfSatisfying(ProvenanceFormatException.class, e -> {
            assertThat(e.where()).isEqualTo("refs/notes/ai@a1b2c3d4e5f6");
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.getMessage()).startsWith("refs/notes/ai@a1b2c3d4e5f6:" + line + ": ").contains(message);
        });
    }

    @Test
    void shouldRejectBadRangeSyntaxKeysAndSchemas() {
        assertThatThrownBy(() -> GitAiNotes.parse("a.txt\n  abcd1234abcd1234 1-x\n---\n{}", "n"))
                .isInstanceOfSatisfying(ProvenanceFormatException.class, e -> assertThat(e.line()).isEqualTo(2));
        assertThatThrownBy(() -> GitAiNotes.parse("a.txt\n  not-a-key 1\n---\n{}", "n"))
                .hasMessageContaining("unknown attestation key");
        assertThatThrownBy(() -> GitAiNotes.parse("a.txt\n  abcd1234abcd1234 0\n---\n"
                + "{\"schema_version\":\"authorship/3.0.0\"}", "n")).hasMessageContaining("bad line range '0'");
        assertThatThrownBy(() -> GitAiNotes.parse("---\n{\"schema_version\":\"authorship/2.0.0\"}", "n"))
                .hasMessageContaining("unsupported schema_version");
    }
}
