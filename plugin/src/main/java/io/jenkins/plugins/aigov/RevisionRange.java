package io.jenkins.plugins.aigov;

import java.io.Serializable;
import java.util.Map;

/**
 * The change range of a step, resolved on the controller the same way for every step: a parameter wins, then the
 * Git plugin's variables; no base means the whole history (capped by the engine), no head means {@code HEAD}.
 */
public final class RevisionRange implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Set by the Git plugin: the commit of the last successful build of the job. */
    public static final String PREVIOUS_SUCCESSFUL_COMMIT = "GIT_PREVIOUS_SUCCESSFUL_COMMIT";
    /** Set by the Git plugin: the commit this build checked out. */
    public static final String COMMIT = "GIT_COMMIT";

    private final String base;
    private final String baseSource;
    private final String head;
    private final String headSource;

    private RevisionRange(final String base, final String baseSource, final String head, final String headSource) {
        this.base = base;
        this.baseSource = baseSource;
        this.head = head;
        this.headSource = headSource;
    }

    /**
     * Resolves the range.
     *
     * @param baseParameter the step's {@code base}, or {@code null}
     * @param headParameter the step's {@code head}, or {@code null}
     * @param env           the build's environment
     */
    public static RevisionRange of(final String baseParameter, final String headParameter,
            final Map<String, String> env) {
        String base = trimToNull(baseParameter);
        String baseSource = "base parameter";
        if (base == null) {
            base = trimToNull(env.get(PREVIOUS_SUCCESSFUL_COMMIT));
            baseSource = base == null ? "whole history" : PREVIOUS_SUCCESSFUL_COMMIT;
        }
        String head = trimToNull(headParameter);
        String headSource = "head parameter";
        if (head == null) {
            head = trimToNull(env.get(COMMIT));
            headSource = COMMIT;
        }
        if (head == null) {
            head = "HEAD";
            headSource = "default";
        }
        return new RevisionRange(base, baseSource, head, headSource);
    }

    /** The base revision (excluded), or {@code null} for the whole history. */
    public String base() {
        return base;
    }

    /** The head revision (included). */
    public String head() {
        return head;
    }

    /**
     * Whether the base came from the Git plugin's variable rather than from the Jenkinsfile: such a commit may be
     * gone (force-push) or absent from a shallow clone, which should not fail the build.
     */
    public boolean baseIsDerived() {
        return PREVIOUS_SUCCESSFUL_COMMIT.equals(baseSource);
    }

    /** The range for the log, naming where each end came from. */
    public String describe(final int maxCommits) {
        String from = base == null ? "the whole history (at most " + maxCommits + " commits)"
                : base + " (" + baseSource + ")";
        return from + " .. " + head + " (" + headSource + ")";
    }

    @Override
    public String toString() {
        return describe(0);
    }

    private static String trimToNull(final String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
