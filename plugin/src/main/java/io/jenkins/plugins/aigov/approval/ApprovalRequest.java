package io.jenkins.plugins.aigov.approval;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One wait for an approval (one {@code aiGates} call whose outcome was APPROVAL), as {@code build.xml} keeps it:
 * what was asked (reason, tier, score, explanation, the AI commits' people, who may decide, the deadline) and, once
 * decided, the {@link ApprovalDecision}. Plain fields and {@link ArrayList}s only.
 */
public final class ApprovalRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String id;
    private final String reason;
    private final String tier;
    private final double score;
    private final ArrayList<String> explanation;
    private final ArrayList<CommitIdentity> aiAuthors;
    private final ArrayList<String> approvers;
    private final long requestedAt;
    private final long deadline;
    private ApprovalDecision decision;

    /**
     * @param id          unique within the build (the step's flow node id)
     * @param reason      the gates' reason
     * @param tier        the risk tier or {@code null}
     * @param score       the risk score
     * @param explanation the decision's explanation lines
     * @param aiAuthors   the people and bots named on the range's AI commits
     * @param approvers   the configured approvers (user ids or groups); empty: users with Job/Build
     * @param requestedAt when the wait began, epoch milliseconds
     * @param deadline    when it times out, epoch milliseconds
     */
    public ApprovalRequest(final String id, final String reason, final String tier, final double score,
            final List<String> explanation, final List<CommitIdentity> aiAuthors, final List<String> approvers,
            final long requestedAt, final long deadline) {
        this.id = id;
        this.reason = reason;
        this.tier = tier;
        this.score = score;
        this.explanation = new ArrayList<>(explanation);
        this.aiAuthors = new ArrayList<>(aiAuthors);
        this.approvers = new ArrayList<>(approvers);
        this.requestedAt = requestedAt;
        this.deadline = deadline;
    }

    public String getId() {
        return id;
    }

    public String getReason() {
        return reason;
    }

    public String getTier() {
        return tier;
    }

    public double getScore() {
        return score;
    }

    /** The score with one decimal. */
    public String getScoreText() {
        return String.format(Locale.ROOT, "%.1f", score);
    }

    public List<String> getExplanation() {
        return explanation == null ? List.of() : List.copyOf(explanation);
    }

    public List<CommitIdentity> getAiAuthors() {
        return aiAuthors == null ? List.of() : List.copyOf(aiAuthors);
    }

    public List<String> getApprovers() {
        return approvers == null ? List.of() : List.copyOf(approvers);
    }

    public long getRequestedAt() {
        return requestedAt;
    }

    public long getDeadline() {
        return deadline;
    }

    public String getDeadlineText() {
        return Instant.ofEpochMilli(deadline).toString();
    }

    /** {@code null} while pending. */
    public synchronized ApprovalDecision getDecision() {
        return decision;
    }

    public synchronized boolean isPending() {
        return decision == null;
    }

    /** Records the decision unless there is one: the first decision wins. */
    synchronized boolean decide(final ApprovalDecision value) {
        if (decision != null) {
            return false;
        }
        decision = value;
        return true;
    }
}
