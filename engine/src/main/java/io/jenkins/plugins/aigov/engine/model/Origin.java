package io.jenkins.plugins.aigov.engine.model;

/**
 * Who or what wrote a commit or a line.
 *
 * <p>{@link #UNKNOWN} is not {@link #HUMAN}: the absence of an AI marker proves nothing, because markers are
 * widely stripped. {@code HUMAN} is only used when a positive human signal exists (a git-ai known-human range,
 * an Agent Trace human contributor) or when the caller asks to treat unmarked commits as human.
 */
public enum Origin {
    /** Written by an agent acting on its own (bot identity, git-ai AI lines, Agent Trace AI ranges). */
    AI_GENERATED,
    /** Written by a human with an AI assistant (co-author trailer, Assisted-by, Made-with …). */
    AI_ASSISTED,
    /** Positively known to be written by a human. */
    HUMAN,
    /** No signal either way. */
    UNKNOWN;

    /** Whether this origin involves an AI. */
    public boolean isAi() {
        return this == AI_GENERATED || this == AI_ASSISTED;
    }
}
