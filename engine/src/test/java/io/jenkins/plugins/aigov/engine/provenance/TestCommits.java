package io.jenkins.plugins.aigov.engine.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Builds realistic commits and reads fixtures for the provenance tests. */
final class TestCommits {
    static final String ID = "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0";

    private TestCommits() {
    }

    /** A commit whose author is also its committer. */
    static RawCommit commit(final String name, final String email, final String message) {
        return commit(name, email, name, email, message, 1);
    }

    /** A commit with separate author and committer. */
    static RawCommit commit(final String authorName, final String authorEmail, final String committerName,
            final String committerEmail, final String message, final int parents) {
        return new RawCommit(ID, authorName, authorEmail, committerName, committerEmail, message,
                TrailerParser.parse(message), false, parents);
    }

    /** A fixture from the test resources of this package. */
    static String fixture(final String name) {
        try (InputStream in = TestCommits.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
