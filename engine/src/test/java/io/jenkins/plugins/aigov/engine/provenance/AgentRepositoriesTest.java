package io.jenkins.plugins.aigov.engine.provenance;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.jenkins.plugins.aigov.engine.AiGovernance;
import io.jenkins.plugins.aigov.engine.model.Origin;
import io.jenkins.plugins.aigov.engine.testing.GitFixture;

import static io.jenkins.plugins.aigov.engine.testing.GitFixture.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * One real repository per agent signature (identities and messages as the agents write them, see
 * shared agent-signatures notes), analysed through git end to end.
 */
class AgentRepositoriesTest {
    private static final PersonIdent DEV = person("Jane Doe", "jane@example.com");

    @TempDir
    Path tmp;

    static Stream<Arguments> agentCommits() {
        return Stream.of(
                arguments("claude-code", DEV, "Add parser\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)"
                        + "\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>\n", Origin.AI_ASSISTED),
                arguments("claude-code", person("claude[bot]", "209825114+claude[bot]@users.noreply.github.com"),
                        "Fix lint\n\nCo-authored-by: Jane Doe <jane@example.com>\n", Origin.AI_GENERATED),
                arguments("copilot", person("Copilot", "198982749+Copilot@users.noreply.github.com"),
                        "Initial plan\n\nCo-authored-by: Jane Doe <1+jane@users.noreply.github.com>\n",
                        Origin.AI_GENERATED),
                arguments("copilot", DEV,
                        "Tidy\n\nCo-authored-by: Copilot <223556219+Copilot@users.noreply.github.com>\n",
                        Origin.AI_ASSISTED),
                arguments("copilot", DEV, "Tidy\n\nCo-authored-by: Copilot <copilot@github.com>\n",
                        Origin.AI_ASSISTED),
                arguments("aider", DEV, "feat: add cache\n\nCo-authored-by: aider (gpt-4o) <aider@aider.chat>\n",
                        Origin.AI_ASSISTED),
                arguments("aider", DEV, "fix: typo\n\nCo-authored-by: aider (gpt-4o) <noreply@aider.chat>\n",
                        Origin.AI_ASSISTED),
                arguments("aider", person("Jane Doe (aider)", "jane@example.com"), "aider: refactor loop\n",
                        Origin.AI_GENERATED),
                arguments("codex", DEV, "Add retries\n\nCo-authored-by: Codex <noreply@openai.com>\n",
                        Origin.AI_ASSISTED),
                arguments("cursor", DEV, "Add form\n\nMade-with: Cursor\n", Origin.AI_ASSISTED),
                arguments("cursor", person("Cursor Agent", "cursoragent@cursor.com"), "Implement search\n",
                        Origin.AI_GENERATED),
                arguments("devin", person("devin-ai-integration[bot]",
                        "158243242+devin-ai-integration[bot]@users.noreply.github.com"), "Upgrade deps\n",
                        Origin.AI_GENERATED),
                arguments("jules", person("google-labs-jules[bot]",
                        "161369871+google-labs-jules[bot]@users.noreply.github.com"), "Add tests\n",
                        Origin.AI_GENERATED),
                arguments("gemini", DEV, "Docs\n\nCo-authored-by: Gemini CLI <gemini-cli@google.com>\n",
                        Origin.AI_ASSISTED),
                arguments("amp", DEV, "Speed up\n\nAmp-Thread-ID: https://ampcode.com/threads/T-5b2c1a3e\n"
                        + "Co-authored-by: Amp <amp@ampcode.com>\n", Origin.AI_ASSISTED),
                arguments("openhands", DEV, "Fix\n\nCo-authored-by: openhands <openhands@all-hands.dev>\n",
                        Origin.AI_ASSISTED),
                arguments("roo-code", person("Roomote", "roomote@roocode.com"), "Chore\n", Origin.AI_GENERATED),
                arguments("windsurf", DEV, "Fix\n\nCo-authored-by: Windsurf <windsurf@codeium.com>\n",
                        Origin.AI_ASSISTED),
                arguments("amazon-q", DEV, "Fix\n\nCo-authored-by: Amazon Q <q@amazon.com>\n", Origin.AI_ASSISTED));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("agentCommits")
    void shouldRecogniseTheAgentThroughGit(final String agent, final PersonIdent author, final String message,
            final Origin origin) throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
            repo.write("src/main.txt", "one\ntwo\n");
            RevCommit commit = repo.commit(message, author);

            CommitProvenance provenance = AiGovernance.provenance().repository(repo.dir()).call().result()
                    .commits().get(0);

            assertThat(provenance.id()).isEqualTo(commit.name());
            assertThat(provenance.origin()).isEqualTo(origin);
            assertThat(provenance.agent()).isEqualTo(agent);
            assertThat(provenance.addedLines().get(origin)).isEqualTo(2);
        }
    }
}
