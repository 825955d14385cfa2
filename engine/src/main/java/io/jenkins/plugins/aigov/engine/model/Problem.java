package io.jenkins.plugins.aigov.engine.model;

import java.io.Serializable;

/**
 * Something in the input that could not be analysed, named so a person can find it.
 *
 * @param where   the file, commit or ref, with a line number where there is one
 *                (e.g. {@code .agent-trace/traces.jsonl:12}, {@code refs/notes/ai@1a2b3c4d5e6f:3})
 * @param message what is wrong and what was done about it
 */
public record Problem(String where, String message) implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
