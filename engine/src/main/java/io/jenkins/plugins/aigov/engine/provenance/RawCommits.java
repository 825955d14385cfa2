package io.jenkins.plugins.aigov.engine.provenance;

import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Turns a JGit commit into a {@link RawCommit}.
 */
final class RawCommits {
    /** Longer messages are cut to this many characters before any pattern sees them. */
    static final int MAX_MESSAGE = 1 << 20;

    private RawCommits() {
    }

    static RawCommit of(final RevCommit commit) {
        String message = commit.getFullMessage();
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE);
        }
        PersonIdent author = commit.getAuthorIdent();
        PersonIdent committer = commit.getCommitterIdent();
        return new RawCommit(commit.name(), author.getName(), author.getEmailAddress(), committer.getName(),
                committer.getEmailAddress(), message, TrailerParser.parse(message),
                commit.getRawGpgSignature() != null, commit.getParentCount());
    }
}
