package io.jenkins.plugins.aigov.cli;

import java.nio.file.Path;

import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

import io.jenkins.plugins.aigov.engine.testing.GitFixture;

import static io.jenkins.plugins.aigov.engine.testing.GitFixture.person;

/**
 * The repository most CLI tests run on: an unmarked commit, a Claude Code commit and a Copilot coding agent
 * commit, in that order.
 */
final class Repositories {
    static final PersonIdent DANA = person("Dana Developer", "dana@example.com");
    static final PersonIdent COPILOT_AGENT =
            person("copilot-swe-agent[bot]", "198982749+Copilot@users.noreply.github.com");
    static final String CLAUDE_FOOTER = "\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\n"
            + "Co-Authored-By: Claude <noreply@anthropic.com>\n";
    static final String README = "# Demo\n\nA small project.\n";
    static final String PARSER = "def parse(text):\n    return text.split(',')\n\n\nprint(parse('a,b'))\n";
    static final String LIMITS = "MAX = 10\nMIN = 1\nDEFAULT = 5\n";

    private Repositories() {
    }

    /** The three commits of the demo repository. */
    record Demo(GitFixture repo, RevCommit unmarked, RevCommit claude, RevCommit copilot) implements AutoCloseable {
        Path dir() {
            return repo.dir();
        }

        @Override
        public void close() {
            repo.close();
        }
    }

    static Demo demo(final Path dir) {
        GitFixture repo = GitFixture.init(dir);
        repo.write("README.md", README);
        RevCommit unmarked = repo.commit("Initial commit", DANA);
        repo.write("src/parser.py", PARSER);
        RevCommit claude = repo.commit("Add parser" + CLAUDE_FOOTER, DANA);
        repo.write("src/config/limits.py", LIMITS);
        RevCommit copilot = repo.commit("Add limits\n\nAgent-Logs-Url: https://github.com/acme/demo/sessions/"
                + "0f8e2c1a-1111-2222-3333-444455556666\nCo-authored-by: Dana Developer <dana@example.com>\n",
                COPILOT_AGENT);
        return new Demo(repo, unmarked, claude, copilot);
    }
}
