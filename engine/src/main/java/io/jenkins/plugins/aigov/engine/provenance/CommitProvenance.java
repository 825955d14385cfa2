package io.jenkins.plugins.aigov.engine.provenance;

import java.io.Serializable;
import java.util.List;

import io.jenkins.plugins.aigov.engine.model.OriginCounts;
import io.jenkins.plugins.aigov.engine.model.Origin;

/**
 * The provenance of one commit in the range.
 *
 * @param id             full commit id
 * @param subject        first line of the message
 * @param authorName     author name
 * @param authorEmail    author e-mail
 * @param committerName  committer name
 * @param committerEmail committer e-mail
 * @param commitTime     commit time, epoch seconds
 * @param merge          whether it has two or more parents (merges add no lines of their own; see docs)
 * @param signed         whether it carries a signature header (not verified)
 * @param origin         the verdict
 * @param confidence     0.0 … 1.0
 * @param evidence       the signals found
 * @param agent          agent id or {@code null}
 * @param model          model id or {@code null}
 * @param references     session / prompt / task references
 * @param humanOwner     accountable human or {@code null}
 * @param reviewers      human reviewers
 * @param addedLines     added lines by origin (line-level sources refine the commit origin)
 * @param deletedLines   deleted lines
 */
public record CommitProvenance(String id, String subject, String authorName, String authorEmail,
        String committerName, String committerEmail, long commitTime, boolean merge, boolean signed,
        Origin origin, double confidence, List<Evidence> evidence, String agent, String model,
        List<String> references, String humanOwner, List<String> reviewers, OriginCounts addedLines,
        long deletedLines) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Canonical constructor: copies the lists. */
    public CommitProvenance {
        evidence = List.copyOf(evidence);
        references = List.copyOf(references);
        reviewers = List.copyOf(reviewers);
    }

    /** The abbreviated id (12 characters). */
    public String shortId() {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }
}
