package io.jenkins.plugins.aigov.engine.provenance;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.aigov.engine.model.Origin;
import io.jenkins.plugins.aigov.engine.model.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class AgentTracesTest {
    private static AgentTraces parse(final String fixture) {
        return AgentTraces.parse(new StringReader(TestCommits.fixture(fixture)), ".agent-trace/traces.jsonl");
    }

    @Test
    void shouldMergeRecordsOfTheSameRevisionByFullIdOrPrefix() {
        AgentTraces traces = parse("valid-agent-traces.jsonl");

        assertThat(traces.records()).isEqualTo(3);
        assertThat(traces.problems()).isEmpty();
        LineAttribution trace = traces.forRevision(TestCommits.ID).orElseThrow();
        assertThat(trace.source()).isEqualTo("agent-trace");
        assertThat(trace.files().get("src/utils/parser.ts")).containsExactly(
                new AttributedRange(1, 41, Origin.HUMAN, null, null),
                new AttributedRange(42, 67, Origin.AI_GENERATED, "cursor", "claude-opus-4-5-20251101"));
        assertThat(trace.files().get("src/utils/helpers.ts")).containsExactly(
                new AttributedRange(10, 25, Origin.AI_GENERATED, "cursor", "gpt-4o"),
                new AttributedRange(30, 31, Origin.AI_ASSISTED, "cursor", "gpt-4o"));
        assertThat(trace.references()).containsExactly("https://api.cursor.com/v1/conversations/12345",
                "https://api.cursor.com/v1/sessions/67890");
        assertThat(trace.evidence()).extracting(Evidence::rawValue).contains(
                "cursor / anthropic/claude-opus-4-5-20251101");
        assertThat(trace.evidence()).extracting(Evidence::location).contains(".agent-trace/traces.jsonl:1",
                ".agent-trace/traces.jsonl:2");
    }

    @Test
    void shouldNotMatchOtherRevisionsOrShortPrefixes() {
        AgentTraces traces = parse("valid-agent-traces.jsonl");

        assertThat(traces.forRevision("0000000000000000000000000000000000000000")).isEmpty();
        assertThat(traces.forRevision(null)).isEmpty();
        AgentTraces shortOne = AgentTraces.parse(new StringReader("{\"vcs\":{\"type\":\"git\",\"revision\":\"a1b2c3\"},"
                + "\"files\":[]}\n"), "t.jsonl");
        assertThat(shortOne.records()).isEqualTo(1);
        assertThat(shortOne.forRevision(TestCommits.ID)).isEmpty();
    }

    @Test
    void shouldReadUnknownContributorAsUnknown() {
        LineAttribution trace = parse("valid-agent-traces.jsonl")
                .forRevision("ffffeeeeddddccccbbbbaaaa9999888877776666").orElseThrow();

        assertThat(trace.files().get("README.md")).containsExactly(
                new AttributedRange(1, 5, Origin.UNKNOWN, null, null));
    }

    @Test
    void shouldReportMalformedLinesAndKeepReadingTheOthers() {
        AgentTraces traces = parse("invalid-agent-traces-malformed.jsonl");

        assertThat(traces.records()).isEqualTo(3);
        assertThat(traces.problems()).extracting(Problem::where).containsExactly(".agent-trace/traces.jsonl:2",
                ".agent-trace/traces.jsonl:3", ".agent-trace/traces.jsonl:4", ".agent-trace/traces.jsonl:5");
        assertThat(traces.problems().get(0).message()).contains("not valid JSON");
        assertThat(traces.problems().get(1).message()).contains("start_line");
        assertThat(traces.problems().get(2).message()).contains("unknown contributor type 'robot'");
        assertThat(traces.problems().get(3).message()).contains("'files' is missing");
        assertThat(traces.forRevision("1111111aaaaaaa").orElseThrow().files().get("a.go")).containsExactly(
                new AttributedRange(1, 3, Origin.AI_GENERATED, "amp", "claude-sonnet-4-5"));
        assertThat(traces.forRevision("4444444ddddddd").orElseThrow().files().get("d.go")).containsExactly(
                new AttributedRange(5, 9, Origin.UNKNOWN, null, null));
        assertThat(traces.forRevision("6666666fffffff").orElseThrow().files().get("f.go")).containsExactly(
                new AttributedRange(7, 8, Origin.AI_GENERATED, "jules", "gemini-2.5-pro"));
        assertThat(traces.forRevision("2222222bbbbbbb")).isEmpty();
    }

    @Test
    void shouldReportAnOverlongLineAndSkipIt() {
        String good = "{\"vcs\":{\"type\":\"git\",\"revision\":\"abcdef1234567\"},\"tool\":{\"name\":\"amp\"},"
                + "\"files\":[{\"path\":\"x\",\"conversations\":[{\"contributor\":{\"type\":\"ai\"},"
                + "\"ranges\":[{\"start_line\":1,\"end_line\":2}]}]}]}";
        String text = good + "\n{\"pad\":\"" + "x".repeat(AgentTraces.MAX_LINE + 10) + "\"}\n" + good + "\n";

        AgentTraces traces = AgentTraces.parse(new StringReader(text), "t.jsonl");

        assertThat(traces.records()).isEqualTo(2);
        assertThat(traces.problems()).containsExactly(new Problem("t.jsonl:2", "line longer than 1 MiB; skipped"));
    }
}
