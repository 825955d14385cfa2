package io.jenkins.plugins.aigov.engine.provenance;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgentSignaturesTest {
    private static final AgentSignatures SIGNATURES = AgentSignatures.builtIn();

    /**
     * Every agent row of shared/docs/agent-signatures.md, with a rule that must exist for it. git-ai leaves no
     * commit marker (its notes are read by GitAiNotes), so it is checked there.
     */
    private static final Map<String, List<String>> ROWS = new LinkedHashMap<>();

    static {
        ROWS.put("Claude Code (CLI/IDE)", List.of("claude-code-co-author", "claude-code-footer", "claude-session"));
        ROWS.put("Claude Code on the web / GitHub App", List.of("claude-bot-identity", "claude-bot-co-author"));
        ROWS.put("GitHub Copilot coding agent (cloud)", List.of("copilot-swe-agent-identity", "copilot-agent-logs"));
        ROWS.put("Copilot CLI / Copilot App", List.of("copilot-cli-co-author"));
        ROWS.put("VS Code Copilot chat/agent", List.of("copilot-vscode-co-author"));
        ROWS.put("Aider", List.of("aider-co-author", "aider-author-suffix", "aider-committer-suffix",
                "aider-message-prefix"));
        ROWS.put("OpenAI Codex CLI", List.of("codex-co-author"));
        ROWS.put("OpenAI Codex cloud", List.of("codex-cloud-identity"));
        ROWS.put("Cursor (IDE/CLI agent)", List.of("cursor-co-author", "cursor-made-with", "cursor-legacy-co-author"));
        ROWS.put("Cursor background/cloud agent", List.of("cursor-agent-identity"));
        ROWS.put("Devin", List.of("devin-identity", "devin-co-author", "devin-session"));
        ROWS.put("Google Jules", List.of("jules-identity", "jules-co-author"));
        ROWS.put("Gemini CLI / Code Assist", List.of("gemini-cli-co-author", "gemini-code-assist-identity"));
        ROWS.put("Amp (Sourcegraph)", List.of("amp-co-author", "amp-thread"));
        ROWS.put("OpenHands", List.of("openhands-co-author"));
        ROWS.put("Roo Code cloud", List.of("roo-code-identity"));
        ROWS.put("Entire", List.of("entire-checkpoint"));
        ROWS.put("Linux-kernel convention", List.of("assisted-by"));
        ROWS.put("Others seen in third-party detector registries", List.of("codex-generated-by", "generated-by",
                "ai-agent", "windsurf-co-author", "amazon-q-co-author"));
    }

    @TestFactory
    Stream<DynamicTest> shouldMatchEveryTruePositiveSample() {
        return SIGNATURES.rules().stream().flatMap(rule -> rule.truePositives().stream()
                .map(sample -> DynamicTest.dynamicTest(rule.id() + " matches " + sample,
                        () -> assertThat(rule.matchesSample(sample, SIGNATURES)).as(rule.id() + ": " + sample)
                                .isTrue())));
    }

    @TestFactory
    Stream<DynamicTest> shouldNotMatchAnyFalsePositiveSample() {
        return SIGNATURES.rules().stream().flatMap(rule -> rule.falsePositives().stream()
                .map(sample -> DynamicTest.dynamicTest(rule.id() + " rejects " + sample,
                        () -> assertThat(rule.matchesSample(sample, SIGNATURES)).as(rule.id() + ": " + sample)
                                .isFalse())));
    }

    @Test
    void shouldHaveUniqueKebabCaseIds() {
        List<String> ids = SIGNATURES.ruleIds();

        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(ids).hasSizeGreaterThan(40);
    }

    @Test
    void shouldCoverEveryAgentRowOfTheSignatureTable() {
        assertThat(ROWS).hasSize(19);
        ROWS.forEach((row, ruleIds) -> assertThat(SIGNATURES.ruleIds()).as(row).containsAll(ruleIds));
    }

    @Test
    void shouldHaveSamplesForEveryRule() {
        assertThat(SIGNATURES.rules()).allSatisfy(rule -> {
            assertThat(rule.truePositives()).as(rule.id()).isNotEmpty();
            assertThat(rule.patterns()).as(rule.id()).isNotEmpty();
        });
    }

    @Test
    void shouldNameRuleAndFieldOfABadRegex() {
        assertThatThrownBy(() -> load("invalid-signatures-bad-regex.json"))
                .isInstanceOf(ProvenanceFormatException.class)
                .hasMessageContaining("rule 'broken-rule'").hasMessageContaining("field 'patterns[1]'")
                .hasMessageContaining("bad regex");
    }

    @Test
    void shouldNameRuleAndFieldOfAMissingField() {
        assertThatThrownBy(() -> load("invalid-signatures-missing-field.json"))
                .isInstanceOf(ProvenanceFormatException.class)
                .hasMessageContaining("rule 'no-origin-rule'").hasMessageContaining("field 'origin'")
                .hasMessageContaining("missing");
    }

    private static AgentSignatures load(final String fixture) throws Exception {
        try (InputStream in = AgentSignaturesTest.class.getResourceAsStream(fixture)) {
            return AgentSignatures.load(in, fixture);
        }
    }

    @Test
    void shouldNormaliseAgentNamesAndModels() {
        assertThat(SIGNATURES.normaliseAgent("claude")).isEqualTo("claude-code");
        assertThat(SIGNATURES.normaliseAgent("Claude Code")).isEqualTo("claude-code");
        assertThat(SIGNATURES.normaliseAgent("github-copilot")).isEqualTo("copilot");
        assertThat(SIGNATURES.normaliseAgent("OpenAI Codex")).isEqualTo("codex");
        assertThat(SIGNATURES.normaliseAgent("cursor-agent")).isEqualTo("cursor");
        assertThat(SIGNATURES.normaliseAgent("Crush")).isEqualTo("crush");
        assertThat(SIGNATURES.normaliseAgent("Some New Tool")).isEqualTo("some-new-tool");
        assertThat(SIGNATURES.normaliseAgent(" ")).isNull();
        assertThat(AgentSignatures.normaliseModel("anthropic/claude-opus-4-5-20251101"))
                .isEqualTo("claude-opus-4-5-20251101");
        assertThat(AgentSignatures.providerOf("anthropic/claude-opus-4-5-20251101")).isEqualTo("anthropic");
        assertThat(AgentSignatures.normaliseModel("unknown")).isNull();
        assertThat(AgentSignatures.normaliseModel("GPT-4o")).isEqualTo("gpt-4o");
    }

    @Test
    void shouldTellAiAndBotIdentitiesFromPeople() {
        assertThat(SIGNATURES.isAiIdentity("Claude <noreply@anthropic.com>")).isTrue();
        assertThat(SIGNATURES.isAiIdentity("dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>"))
                .isFalse();
        assertThat(SIGNATURES.isAutomatedIdentity(
                "dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>")).isTrue();
        assertThat(SIGNATURES.isAutomatedIdentity("Jane Doe <jane@example.com>")).isFalse();
    }

    @Test
    void shouldStayFastOnHostileInput() {
        String hostile = "Generated with [Claude Code](" + " ".repeat(200_000) + "\n".repeat(200_000)
                + "aider (" + "(".repeat(100_000);
        RawCommit commit = TestCommits.commit("x".repeat(100_000) + " (aide", "a@" + "b".repeat(100_000), hostile);

        long start = System.nanoTime();
        SIGNATURES.detect(commit);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }
}
