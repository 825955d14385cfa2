package io.jenkins.plugins.aigov.engine.provenance;

import java.io.Serializable;

import io.jenkins.plugins.aigov.engine.model.Origin;

/**
 * A range of lines of one file (1-based, inclusive, in the file as of the commit) with a known origin.
 *
 * @param startLine first line
 * @param endLine   last line (inclusive)
 * @param origin    who wrote these lines
 * @param agent     the agent, or {@code null}
 * @param model     the model, or {@code null}
 */
public record AttributedRange(int startLine, int endLine, Origin origin, String agent, String model)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Whether {@code line} lies in this range. */
    public boolean contains(final int line) {
        return line >= startLine && line <= endLine;
    }
}
