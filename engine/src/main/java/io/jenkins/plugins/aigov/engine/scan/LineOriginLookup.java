package io.jenkins.plugins.aigov.engine.scan;

/**
 * Tells the scanner whether a line was written by an AI. Implemented from provenance results (git-ai notes,
 * Agent Trace records, AI commits) by whoever runs the gates; the scanner only asks.
 */
@FunctionalInterface
public interface LineOriginLookup {
    /** Knows nothing about any line. */
    LineOriginLookup UNKNOWN = (path, line) -> null;

    /**
     * Whether the line was AI-written.
     *
     * @param path repository-relative path with forward slashes
     * @param line 1-based line at head
     * @return {@code true} AI-written, {@code false} human-written, {@code null} not known
     */
    Boolean aiWritten(String path, int line);
}
