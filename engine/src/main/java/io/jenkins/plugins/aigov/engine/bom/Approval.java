package io.jenkins.plugins.aigov.engine.bom;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One decision on a build that waited for approval (gate outcome {@code APPROVAL}).
 *
 * @param userId   who decided (Jenkins user id, or the id of an automation)
 * @param isPerson whether a person decided (false: a policy or bot acting for someone)
 * @param decision approved or rejected
 * @param time     when
 * @param comment  why, as typed by the approver, or {@code null}
 */
public record Approval(String userId, boolean isPerson, Decision decision, Instant time, String comment)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What the approver decided. */
    public enum Decision {
        /** The build may go on. */
        APPROVED,
        /** The build stops. */
        REJECTED
    }

    /** Canonical constructor: checks the required fields. */
    public Approval {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(time, "time");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("approval without a user id");
        }
    }
}
