package io.jenkins.plugins.aigov.approval;

import java.io.Serializable;
import java.time.Instant;

/**
 * How an approval ended, as {@code build.xml} keeps it: a plain class with plain fields (XStream-friendly; the XStream
 * of core 2.541.3 cannot read records back).
 */
public final class ApprovalDecision implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The four ways a wait ends. */
    public enum Kind {
        /** A permitted user approved: the build goes on. */
        APPROVED,
        /** A permitted user rejected: the step fails. */
        REJECTED,
        /** Nobody decided in time: counts as a rejection. */
        TIMED_OUT,
        /** The build was aborted while waiting. */
        ABORTED
    }

    private final Kind kind;
    private final String userId;
    private final Boolean viaApiToken;
    private final long time;
    private final String comment;

    /**
     * @param kind        how it ended
     * @param userId      who decided ({@code null} for a time-out or an abort from outside)
     * @param viaApiToken whether the request authenticated with an API token; {@code null} when not known
     * @param time        when, epoch milliseconds
     * @param comment     the approver's comment or {@code null}
     */
    public ApprovalDecision(final Kind kind, final String userId, final Boolean viaApiToken, final long time,
            final String comment) {
        this.kind = kind;
        this.userId = userId;
        this.viaApiToken = viaApiToken;
        this.time = time;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isApproved() {
        return kind == Kind.APPROVED;
    }

    public String getUserId() {
        return userId;
    }

    /** {@code true}: an API token (a script or bot); {@code false}: a browser session; {@code null}: unknown. */
    public Boolean getViaApiToken() {
        return viaApiToken;
    }

    public long getTime() {
        return time;
    }

    /** ISO-8601 UTC. */
    public String getTimeText() {
        return Instant.ofEpochMilli(time).toString();
    }

    public String getComment() {
        return comment;
    }

    /** One line for the log and the step's failure: {@code REJECTED by alice: too risky}. */
    public String describe() {
        StringBuilder text = new StringBuilder(kind.name());
        if (userId != null) {
            text.append(" by ").append(userId);
            if (Boolean.TRUE.equals(viaApiToken)) {
                text.append(" (API token)");
            }
        }
        text.append(" at ").append(getTimeText());
        if (comment != null) {
            text.append(": ").append(comment);
        }
        return text.toString();
    }
}
