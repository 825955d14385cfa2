package io.jenkins.plugins.aigov.engine.provenance;

import java.util.List;

/**
 * What git says about one commit, before any interpretation.
 *
 * @param id             full commit id
 * @param authorName     author name
 * @param authorEmail    author e-mail
 * @param committerName  committer name
 * @param committerEmail committer e-mail
 * @param message        the full commit message
 * @param trailers       the trailers of the message's last paragraph, in order
 * @param signed         whether the commit carries a GPG/SSH signature header (not verified)
 * @param parentCount    number of parents (2+ is a merge)
 */
public record RawCommit(String id, String authorName, String authorEmail, String committerName,
        String committerEmail, String message, List<Trailer> trailers, boolean signed, int parentCount) {
    /** Canonical constructor: copies the trailer list. */
    public RawCommit {
        trailers = List.copyOf(trailers);
        message = message == null ? "" : message;
        authorName = authorName == null ? "" : authorName;
        authorEmail = authorEmail == null ? "" : authorEmail;
        committerName = committerName == null ? "" : committerName;
        committerEmail = committerEmail == null ? "" : committerEmail;
    }

    /** Whether this is a merge commit. */
    public boolean isMerge() {
        return parentCount > 1;
    }
}
