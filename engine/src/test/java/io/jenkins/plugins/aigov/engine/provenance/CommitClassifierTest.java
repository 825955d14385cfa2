package io.jenkins.plugins.aigov.engine.provenance;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.aigov.engine.model.Origin;

import static io.jenkins.plugins.aigov.engine.provenance.TestCommits.commit;
import static org.assertj.core.api.Assertions.assertThat;

class CommitClassifierTest {
    private static final String JANE = "Jane Doe";
    private static final String JANE_MAIL = "jane@example.com";
    private static final String JANE_ID = "Jane Doe <jane@example.com>";
    private static final CommitClassifier CLASSIFIER = CommitClassifier.withDefaults(MarkerRules.none());

    private static Classification classify(final RawCommit commit) {
        return CLASSIFIER.classify(commit, List.of());
    }

    private static List<String> rules(final Classification c) {
        return c.evidence().stream().map(Evidence::ruleId).toList();
    }

    @Test
    void shouldClassifyClaudeCodeCliCommitAsAssistedWithModelAndSession() {
        Classification c = classify(commit(JANE, JANE_MAIL, "Add retry to HTTP client\n\nExplain why.\n\n"
                + "\uD83E\uDD16 Generated with [Claude Code](https://claude.com/claude-code)\n\n"
                + "Claude-Session: https://claude.ai/code/session_01AbCdEfGh\n"
                + "Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>\n"));

        assertThat(c.origin()).isEqualTo(Origin.AI_ASSISTED);
        assertThat(c.agent()).isEqualTo("claude-code");
        assertThat(c.model()).isEqualTo("claude-opus-4-5");
        assertThat(c.references()).containsExactly("https://claude.ai/code/session_01AbCdEfGh");
        assertThat(c.humanOwner()).isEqualTo(JANE_ID);
        assertThat(c.confidence()).isEqualTo(0.85);
        assertThat(rules(c)).containsExactly("claude-code-co-author", "claude-code-footer", "claude-session");
    }

    @Test
    void shouldReadClaudeModelNameVariants() {
        assertThat(classify(commit(JANE, JANE_MAIL, "Fix\n\nCo-Authored-By: Claude Opus 4.7 (1M context) "
                + "<noreply@anthropic.com>\n")).model()).isEqualTo("claude-opus-4-7");
        Classification plain = classify(commit(JANE, JANE_MAIL,
                "Fix\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n"));
        assertThat(plain.model()).isNull();
        assertThat(plain.agent()).isEqualTo("claude-code");
        assertThat(plain.origin()).isEqualTo(Origin.AI_ASSISTED);
        assertThat(plain.confidence()).isEqualTo(0.6);
    }

    @Test
    void shouldClassifyClaudeFooterWithoutCoAuthorAsAssisted() {
        Classification c = classify(commit(JANE, JANE_MAIL,
                "Fix\n\n\uD83E\uDD16 Generated with [Claude Code](https://claude.ai/code)\n"));

        assertThat(c.origin()).isEqualTo(Origin.AI_ASSISTED);
        assertThat(c.agent()).isEqualTo("claude-code");
        assertThat(rules(c)).containsExactly("claude-code-footer");
    }

    @Test
    void shouldClassifyClaudeBotAsGeneratedWithModelFromCoAuthor() {
        Classification c = classify(commit("claude[bot]", "209825114+claude[bot]@users.noreply.github.com",
                "Implement feature\n\nCo-authored-by: claude[bot] <209825114+claude[bot]@users.noreply.github.com>\n"
                        + "Co-Authored-By: Claude Sonnet 4.5 <noreply@anthropic.com>\n"
                        + "Co-authored-by: Jane Doe <jane@example.com>\n"));

        assertThat(c.origin()).isEqualTo(Origin.AI_GENERATED);
        assertThat(c.agent()).isEqualTo("claude-code");
        assertThat(c.model()).isEqualTo("claude-sonnet-4-5");
        assertThat(c.humanOwner()).isEqualTo(JANE_ID);
        assertThat(c.confidence()).isEqualTo(0.85);
    }

    @Test
    void shouldFlagSpoofedBotIdentityAndLowerConfidence() {
        Classification c = classify(commit("claude[bot]", "41898282+github-actions[bot]@users.noreply.github.com",
                "Update docs"));

        assertThat(c.origin()).isEqualTo(Origin.AI_GENERATED);
        assertThat(c.confidence()).isEqualTo(0.4);
        assertThat(rules(c)).containsExactly("identity-mismatch");
        assertThat(c.evidence().get(0).agent()).isEqualTo("claude-code");
        assertThat(c.humanOwner()).isNull();
    }

    @Test
    void shouldClassifyCopilotAgentWithAssigningHumanAsOwner() {
        Classification c = classify(commit("copilot-swe-agent[bot]", "198982749+Copilot@users.noreply.github.com",
                "GitHub", "noreply@github.com", "Add validation to signup form\n\n"
                        + "Agent-Logs-Url: https://github.com/octo/app/sessions/0f4b2c1e-9a7d-4e3b-8c2a-1b2c3d4e5f60\n"
                        + "Co-authored-by: octocat <583231+octocat@users.noreply.github.com>\n", 1));

        assertThat(c.origin()).isEqualTo(Origin.AI_GENERATED);
        assertThat(c.agent()).isEqualTo("copilot");
        assertThat(c.humanOwner()).isEqualTo("octocat <583231+octocat@users.noreply.github.com>");
        assertThat(c.references()).containsExactly(
                "https://github.com/octo/app/sessions/0f4b2c1e-9a7d-4e3b-8c2a-1b2c3d4e5f60");
        assertThat(rules(c)).containsExactly("copilot-agent-logs", "copilot-swe-agent-identity");
        assertThat(c.confidence()).isEqualTo(0.725);
    }

    @Test
    void shouldClassifyCopilotCliAndVsCodeCoAuthorsAsAssisted() {
        Classification cli = classify(commit(JANE, JANE_MAIL,
                "Refactor\n\nCo-authored-by: Copilot <223556219+Copilot@users.noreply.github.com>\n"));
        Classification vscode = classify(commit(JANE, JANE_MAIL,
                "Refactor\n\nCo-authored-by: Copilot <copilot@github.com>\n"));

        assertThat(cli.origin()).isEqualTo(Origin.AI_ASSISTED);
        assertThat(cli.agent()).isEqualTo("copilot");
        assertThat(rules(cli)).containsExactly("copilot-cli-co-author");
        assertThat(vscode.origin()).isEqualTo(Origin.AI_ASSISTED);
        assertThat(rules(vscode)).containsExactly("copilot-vscode-co-author");
        assertThat(vscode.humanOwner()).isEqualTo(JANE_ID);
    }

    @Test
    void shouldReadAiderModelFromOldAndNewEmail() {
        Classification newMail = classify(commit(JANE, JANE_MAIL,
                "feat: add cache\n\nCo-authored-by: aider (gpt-4o) <aider@aider.chat>\n"));
        Classification oldMail = classify(commit(JANE, JANE_MAIL,
                "feat: add cache\n\nCo-authored-by: aider (anthropic/claude-3-7-sonnet-20250219) <noreply@aider.chat>\n"));

        assertThat(newMail.origin()).isEqualTo(Origin.AI_ASSISTED);
        assertThat(newMail.agent()).isEqualTo("aider");
        assertThat(newMail.model()).isEqualTo("gpt-4o");
        assertThat(oldMail.model()).isEqualTo("claude-3-7-sonnet-20250219");
        assertThat(oldMail.agent()).isEqualTo("aider");
    }

    @Test
    void shouldClassifyAiderAuthorSuffixAsGeneratedWithThePersonAsOwner() {
        Classification c = classify(commit("Jane Doe (aider)", JANE_MAIL, "aider: Add retry to HTTP client"));

        assertThat(c.origin()).isEqualTo(Origin.AI_GENERATED);
        assertThat(c.agent()).isEqualTo("aider");
        assertThat(c.humanOwner()).isEqualTo(JANE_ID);
        assertThat(rules(c)).containsExactly("aider-author-suffix", "aider-message-prefix");
    }

    @Test
    void shouldClassifyAiderCommitterOnlyAsAssisted() {
        Classification c = classify(commit(JANE, JANE_MAIL, "Jane Doe (aider)", JANE_MAIL, "Manual commit", 1));

        assertThat(c.origin()).isEqualTo(Origin.AI_ASSISTED);
        assertThat(rules(c)).containsExactly("aider-committer-suffix");
        assertThat(c.humanOwner()).isEqualTo(JANE_ID);
    }

    @Test
    void shouldClassifyCodexCliAndCloud() {
        Classification cli = classify(commit(JANE, JANE_MAIL, "Fix\n\nCo-authored-by: Codex <noreply@openai.com>\n"));
        Classification cloud = classify(commit("chatgpt-codex-connector[bot]",
                "199175422+chatgpt-codex-connector[bot]@users.noreply.github.com", "Fix flaky test"));
        Classification noreply = classify(commit("Codex", "noreply@openai.com", "Fix flaky test"));

        assertThat(cli.origin()).isEqualTo(Origin.AI_ASSISTED);
        assertThat(cli.agent()).isEqualTo("codex");
        assertThat(cloud.origin()).isEqualTo(Origin.AI_GENERATED);
        assertThat(cloud.agent()).isEqualTo("codex");
        assertThat(cloud.humanOwner()).isNull();
        assertThat(noreply.origin()).isEqualTo(Origin.AI_GENERATED);
        assertThat(rules(noreply)).containsExactly("codex-cloud-identity");
    }

    @Test
    void shouldClassifyCursorIdeAndCloudAgent() {
        Classification ide = classify(commit(JANE, JANE_MAIL,
                "Fix\n\nCo-authored-by: Cursor <cursoragent@cursor.com>\nMade-with: Cursor\n"));
        Classification cloud = classify(commit("Cursor Agent", "cursoragent@cursor.com", "Fix"));
        Classification legacy = classify(commit(JANE, JANE_MAIL, "Fix\n\nCo-authored-by: cursor-ai <sos@cursor.sh>\n"));

        assertThat(ide.origin()).isEqualTo(Origin.AI_ASSISTED);
        assertThat(ide.agent()).isEqualTo("cursor");
        assertThat(rules(ide)).containsExactly("cursor-co-author", "cursor-made-with");
        assertThat(cloud.origin()).isEqualTo(Origin.AI_GENERATED);
        assertThat(rules(cloud)).containsExactly("cursor-agent-identity");
        assertThat(legacy.agent()).isEqualTo("cursor");
    }

    @Test
    void shouldClassifyDevinWithSessionReference() {
        Classification c = classify(commit("devin-ai-integration[bot]",
                "158243242+devin-ai-integration[bot]@users.noreply.github.com",
                "Add pagination\n\nDevin Session: https://app.devin.ai/sessions/4f1c2d3e4b5a69788796a5b4c3d2e1f0\n\n"
                        + "Co-authored-by: Devin AI <158243242+devin-ai-integration[bot]@users.noreply.github.com>\n"
                        + "Co-authored-by: Ana <ana@example.com>\n"));

        assertThat(c.origin()).isEqualTo(Origin.AI_GENERATED);
        assertThat(c.agent()).isEqualTo("devin");
        assertThat(c.references()).containsExactly("https://app.devin.ai/sessions/4f1c2d3e4b5a69788796a5b4c3d2e1f0");
        assertThat(c.humanOwner()).isEqualTo("Ana <ana@example.com>");
        assertThat(rules(c)).containsExactly("devin-co-author", "devin-identity", "devin-session");
    }

    @Test
    void shouldClassifyJulesGeminiAmpOpenHandsRooWindsurfAmazonQ() {
        Map<String, RawCommit> byAgent = Map.of(
                "jules", commit("google-labs-jules[bot]", "161369871+google-labs-jules[bot]@users.noreply.github.com",
                        "Fix"),
                "gemini", commit(JANE, JANE_MAIL, "Fix\n\nCo-authored-by: Gemini CLI <gemini-cli@google.com>\n"),
                "amp", commit(JANE, JANE_MAIL, "Fix\n\nAmp-Thread-ID: https://ampcode.com/threads/T-5d0c1a2b\n"
                        + "Co-authored-by: Amp <amp@ampcode.com>\n"),
                "openhands", commit(JANE, JANE_MAIL, "Fix\n\nCo-authored-by: openhands <openhands@all-hands.dev>\n"),
                "roo-code", commit("Roomote", "roomote@roocode.com", "Fix"),
                "windsurf", commit(JANE, JANE_MAIL, "Fix\n\nCo-authored-by: Windsurf <windsurf@codeium.com>\n"),
                "amazon-q", commit(JANE, JANE_MAIL, "Fix\n\nCo-authored-by: Amazon Q <q@amazon.com>\n"));

        byAgent.forEach((agent, commit) -> {
            Classification c = classify(commit);
            assertThat(c.agent()).as(agent).isEqualTo(agent);
            assertThat(c.origin().isAi()).as(agent).isTrue();
        });
        assertThat(classify(byAgent.get("jules")).origin()).isEqualTo(Origin.AI_GENERATED);
        assertThat(classify(byAgent.get("roo-code")).origin()).isEqualTo(Origin.AI_GENERATED);
        assertThat(classify(byAgent.get("amp")).references()).containsExactly("https://ampcode.com/threads/T-5d0c1a2b");
        assertThat(classify(commit("gemini-code-assist[bot]",
                "176961590+gemini-code-assist[bot]@users.noreply.github.com", "Fix")).origin())
                .isEqualTo(Origin.AI_GENERATED);
    }

    @Test
    void shouldReadAgentAndModelFromKernelAssistedBy() {
        Classification c = classify(commit(JANE, JANE_MAIL, "mm: fix leak in foo\n\nLong explanation.\n\n"
                + "Assisted-by: claude-code:claude-opus-4-5\nSigned-off-by: Jane Doe <jane@example.com>\n"
                + "Reviewed-by: Bob Maintainer <bob@kernel.example>\n"));

        assertThat(c.origin()).isEqualTo(Origin.AI_ASSISTED);
        assertThat(c.agent()).isEqualTo("claude-code");
        assertThat(c.model()).isEqualTo("claude-opus-4-5");
        assertThat(c.reviewers()).containsExactly("Bob Maintainer <bob@kernel.example>");
        assertThat(c.humanOwner()).isEqualTo(JANE_ID);
    }

    @Test
    void shouldClassifyEntireAndOtherRegistryTrailers() {
        Classification entire = classify(commit(JANE, JANE_MAIL, "Fix\n\nEntire-Checkpoint: 3f9a1c2b7d4e\n"));
        Classification generated = classify(commit(JANE, JANE_MAIL, "Fix\n\nGenerated-by: OpenAI Codex\n"));
        Classification aiAgent = classify(commit(JANE, JANE_MAIL, "Fix\n\nAI-Agent: Cursor\n"));

        assertThat(entire.origin()).isEqualTo(Origin.AI_ASSISTED);
        assertThat(entire.agent()).isNull();
        assertThat(entire.references()).containsExactly("entire:3f9a1c2b7d4e");
        assertThat(generated.agent()).isEqualTo("codex");
        assertThat(aiAgent.agent()).isEqualTo("cursor");
    }

    @Test
    void shouldSayUnknownWhenTrailersWereStripped() {
        Classification c = classify(commit(JANE, JANE_MAIL, "Add retry to HTTP client\n\nExplain why.\n"));

        assertThat(c.origin()).isEqualTo(Origin.UNKNOWN);
        assertThat(c.confidence()).isEqualTo(0.0);
        assertThat(c.evidence()).isEmpty();
        assertThat(c.agent()).isNull();
        assertThat(c.humanOwner()).isEqualTo(JANE_ID);
    }

    @Test
    void shouldNotTreatHumanCoAuthorAsAi() {
        Classification c = classify(commit(JANE, JANE_MAIL, "Pair on parser\n\nCo-authored-by: Jane <jane@x>\n"
                + "Co-authored-by: Ann Example <ann@example.com>\n"));

        assertThat(c.origin()).isEqualTo(Origin.UNKNOWN);
        assertThat(c.evidence()).isEmpty();
    }

    @Test
    void shouldNotCallDependabotAi() {
        Classification c = classify(commit("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com",
                "Bump jackson-databind from 2.17.0 to 2.17.1\n\nSigned-off-by: dependabot[bot] "
                        + "<support@github.com>\n"));

        assertThat(c.origin()).isEqualTo(Origin.UNKNOWN);
        assertThat(rules(c)).containsExactly("non-ai-bot");
        assertThat(c.evidence().get(0).implies()).isEqualTo(Origin.UNKNOWN);
        assertThat(c.humanOwner()).isNull();
        assertThat(c.agent()).isNull();
    }

    @Test
    void shouldClassifySquashWithAiCoAuthorsAsAssisted() {
        Classification c = classify(commit(JANE, JANE_MAIL, "GitHub", "noreply@github.com",
                "Add search endpoint (#142)\n\n* Initial plan\n\n* Add endpoint\n\n"
                        + "Co-authored-by: google-labs-jules[bot] <161369871+google-labs-jules[bot]@users.noreply.github.com>\n"
                        + "Co-authored-by: Ann Example <ann@example.com>\n", 1));

        assertThat(c.origin()).isEqualTo(Origin.AI_ASSISTED);
        assertThat(c.agent()).isEqualTo("jules");
        assertThat(c.humanOwner()).isEqualTo(JANE_ID);
        assertThat(c.references()).isEmpty();
    }

    @Test
    void shouldClassifyMergeFromItsOwnIdentity() {
        Classification c = classify(commit(JANE, JANE_MAIL, JANE, JANE_MAIL,
                "Merge branch 'copilot/add-validation' into main", 2));

        assertThat(c.origin()).isEqualTo(Origin.UNKNOWN);
        assertThat(c.humanOwner()).isEqualTo(JANE_ID);
    }

    @Test
    void shouldLetLineLevelSourcesOverride() throws ProvenanceFormatException {
        RawCommit commit = commit(JANE, JANE_MAIL, "Add parser\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n");
        LineAttribution note = GitAiNotes.parse(TestCommits.fixture("valid-git-ai-note.txt"), "refs/notes/ai");

        Classification c = CLASSIFIER.classify(commit, List.of(note));

        assertThat(c.origin()).isEqualTo(Origin.AI_ASSISTED); // AI and human ranges
        assertThat(c.confidence()).isEqualTo(0.95);
        assertThat(c.model()).isEqualTo("claude-sonnet-4-5-20250929");
        assertThat(c.agent()).isEqualTo("claude-code");
        assertThat(c.references()).containsExactly("git-ai:s_3f1a9c2b7d4e60");
        assertThat(rules(c)).containsExactly("claude-code-co-author", "git-ai-note", "git-ai-note");
    }

    @Test
    void shouldFlagHumanOnlyNoteOnBotCommit() throws ProvenanceFormatException {
        RawCommit commit = commit("Cursor Agent", "cursoragent@cursor.com", "Fix");
        LineAttribution note = GitAiNotes.parse(TestCommits.fixture("valid-git-ai-note-human-only.txt"), "n");

        Classification c = CLASSIFIER.classify(commit, List.of(note));

        assertThat(c.origin()).isEqualTo(Origin.HUMAN);
        assertThat(c.confidence()).isEqualTo(0.4);
        assertThat(rules(c)).endsWith("identity-mismatch");
    }

    @Test
    void shouldIgnoreTraceRangesOfUnknownOrigin() {
        AgentTraces traces = AgentTraces.parse(new java.io.StringReader(
                TestCommits.fixture("valid-agent-traces.jsonl")), "traces.jsonl");
        Classification c = CLASSIFIER.classify(commit("x", "x@example.com", "Fix"),
                List.of(traces.forRevision("ffffeeeeddddccccbbbbaaaa9999888877776666").orElseThrow()));

        assertThat(c.origin()).isEqualTo(Origin.UNKNOWN); // unknown ranges say nothing
        assertThat(c.evidence()).extracting(Evidence::implies).containsExactly(Origin.UNKNOWN);
    }

    @Test
    void shouldAddAdminMarkers() throws ProvenanceFormatException {
        CommitClassifier classifier = CommitClassifier.withDefaults(
                MarkerRules.parse("trailer X-AI-Tool AI_GENERATED agent=acme", "test"));

        Classification c = classifier.classify(commit(JANE, JANE_MAIL, "Fix\n\nX-AI-Tool: acme 1\n"), List.of());

        assertThat(c.origin()).isEqualTo(Origin.AI_GENERATED);
        assertThat(c.agent()).isEqualTo("acme");
        assertThat(rules(c)).containsExactly("marker-1");
    }

    @Test
    void shouldOrderEvidenceBySourceThenRuleId() {
        Classification c = classify(commit(JANE, JANE_MAIL, "Fix\n\nMade-with: Cursor\n"
                + "Co-authored-by: Cursor <cursoragent@cursor.com>\nAmp-Thread-ID: T-1\n"));

        assertThat(rules(c)).containsExactly("amp-thread", "cursor-co-author", "cursor-made-with");
    }
}
