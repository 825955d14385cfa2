package io.jenkins.plugins.aigov.provenance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.lib.PersonIdent;

import io.jenkins.plugins.aigov.engine.testing.GitFixture;

/** Commits for workspaces built with the engine's {@link GitFixture}. */
final class Workspaces {
    static final String CLAUDE_TRAILER = "Co-Authored-By: Claude <noreply@anthropic.com>";
    private static final PersonIdent DEVELOPER = GitFixture.person("Dana Developer", "dana@example.com");

    private Workspaces() {
    }

    /** Appends {@code lines} lines to {@code file}, commits them as a human developer and returns the id. */
    static String commit(final GitFixture repo, final String file, final int lines, final String message)
            throws IOException {
        Path path = repo.dir().resolve(file);
        StringBuilder text = new StringBuilder(Files.exists(path) ? Files.readString(path) : "");
        for (int i = 0; i < lines; i++) {
            text.append(file).append(" line ").append(text.length()).append('\n');
        }
        repo.write(file, text.toString());
        return repo.commit(message, DEVELOPER).name();
    }
}
