package io.jenkins.plugins.aigov.engine.provenance;

import java.util.List;

import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A commit of the walk with its classification, waiting for its diff. A shallow-clone boundary commit (its
 * parents were not fetched) is not diffed: against an empty tree it would seem to add the whole repository.
 */
record ClassifiedCommit(RevCommit commit, RawCommit raw, List<LineAttribution> attributions,
        Classification classification, boolean shallowBoundary) {
    /** The commit's provenance once its diff is known. */
    CommitProvenance toProvenance(final CommitDiffer.Diff diff) {
        return new CommitProvenance(commit.name(), commit.getShortMessage(), raw.authorName(), raw.authorEmail(),
                raw.committerName(), raw.committerEmail(), commit.getCommitTime(), raw.isMerge(), raw.signed(),
                classification.origin(), classification.confidence(), classification.evidence(),
                classification.agent(), classification.model(), classification.references(),
                classification.humanOwner(), classification.reviewers(), diff.added(), diff.deleted());
    }
}
