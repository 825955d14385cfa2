package io.jenkins.plugins.aigov.engine.provenance;

import java.io.Serializable;
import java.util.Objects;

import io.jenkins.plugins.aigov.engine.model.Origin;

/**
 * One signal that says something about who wrote a commit.
 *
 * @param signal    stable id of the kind of signal, e.g. {@code trailer}, {@code author-identity},
 *                  {@code committer-identity}, {@code message-prefix}, {@code git-ai-note}, {@code agent-trace},
 *                  {@code marker-rule}
 * @param ruleId    stable id of the rule that matched, e.g. {@code claude-code.co-author}
 * @param location  where it was found, e.g. {@code trailer Co-Authored-By}, {@code refs/notes/ai},
 *                  {@code .agent-trace/traces.jsonl:12}
 * @param rawValue  the matched text (trimmed, at most 300 characters)
 * @param spoofable whether anyone can write this signal without the agent being involved (identities and
 *                  trailers are claims; notes written by a tool are harder to fake but still not signed)
 * @param implies   the origin this signal alone implies
 * @param agent     the agent it names, or {@code null}
 * @param model     the model it names, or {@code null}
 */
public record Evidence(String signal, String ruleId, String location, String rawValue, boolean spoofable,
        Origin implies, String agent, String model) implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX_RAW = 300;

    /** Canonical constructor: normalises the raw value. */
    public Evidence {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(implies, "implies");
        location = location == null ? "" : location;
        rawValue = rawValue == null ? "" : rawValue.strip();
        if (rawValue.length() > MAX_RAW) {
            rawValue = rawValue.substring(0, MAX_RAW) + "…";
        }
    }
}
