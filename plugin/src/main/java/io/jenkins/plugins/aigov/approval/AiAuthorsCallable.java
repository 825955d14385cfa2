package io.jenkins.plugins.aigov.approval;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import hudson.remoting.VirtualChannel;
import jenkins.MasterToSlaveFileCallable;

import io.jenkins.plugins.aigov.engine.AiGovernance;
import io.jenkins.plugins.aigov.engine.GovernanceException;
import io.jenkins.plugins.aigov.engine.provenance.CommitProvenance;
import io.jenkins.plugins.aigov.engine.provenance.Evidence;
import io.jenkins.plugins.aigov.engine.provenance.MarkerRules;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;

/**
 * Runs on the agent when the gates ask for an approval: the people and bots named on the range's AI commits
 * (author, committer, {@code Co-authored-by} trailers), for the separation-of-duties rule. The provenance walk is the
 * engine's; the gates result does not carry its commits.
 */
public final class AiAuthorsCallable extends MasterToSlaveFileCallable<ArrayList<CommitIdentity>> {
    private static final long serialVersionUID = 1L;
    private static final Pattern NAME_AND_ADDRESS = Pattern.compile("^\\s*(.*?)\\s*<([^>]+)>");

    private final String base;
    private final String head;
    private final int maxCommits;
    private final boolean toleratesMissingBase;
    private final MarkerRules markerRules;

    /** The range as the gates saw it. */
    public AiAuthorsCallable(final String base, final String head, final int maxCommits,
            final boolean toleratesMissingBase, final MarkerRules markerRules) {
        this.base = base;
        this.head = head;
        this.maxCommits = maxCommits;
        this.toleratesMissingBase = toleratesMissingBase;
        this.markerRules = markerRules;
    }

    @Override
    public ArrayList<CommitIdentity> invoke(final File workspace, final VirtualChannel channel) throws IOException {
        try {
            ProvenanceResult result = AiGovernance.provenance().repository(workspace.toPath()).base(base).head(head)
                    .maxCommits(maxCommits).markerRules(markerRules).toleratesMissingBase(toleratesMissingBase)
                    .call().result();
            return identities(result);
        } catch (GovernanceException e) {
            throw new IOException("aiGates: the AI commits' authors could not be read: " + e.getMessage(), e);
        }
    }

    /** Every distinct person on the AI commits of {@code result}. */
    public static ArrayList<CommitIdentity> identities(final ProvenanceResult result) {
        ArrayList<CommitIdentity> identities = new ArrayList<>();
        for (CommitProvenance commit : result.commits()) {
            if (commit.origin() == null || !commit.origin().isAi()) {
                continue;
            }
            add(identities, new CommitIdentity(commit.authorName(), commit.authorEmail(), "author", commit.shortId()));
            add(identities, new CommitIdentity(commit.committerName(), commit.committerEmail(), "committer",
                    commit.shortId()));
            for (Evidence evidence : commit.evidence()) {
                String location = evidence.location() == null ? "" : evidence.location().toLowerCase(Locale.ROOT);
                if (location.contains("co-authored-by") && evidence.rawValue() != null) {
                    Matcher matcher = NAME_AND_ADDRESS.matcher(evidence.rawValue());
                    if (matcher.find()) {
                        add(identities, new CommitIdentity(matcher.group(1), matcher.group(2), "co-author",
                                commit.shortId()));
                    }
                }
            }
        }
        return identities;
    }

    private static void add(final ArrayList<CommitIdentity> identities, final CommitIdentity identity) {
        if (identity.getName() == null && identity.getEmail() == null) {
            return;
        }
        for (CommitIdentity known : identities) {
            if (known.samePerson(identity) && known.getRole().equals(identity.getRole())) {
                return;
            }
        }
        identities.add(identity);
    }
}
