package io.jenkins.plugins.aigov.engine.provenance;

import java.util.List;
import java.util.Map;

import io.jenkins.plugins.aigov.engine.model.Origin;

/**
 * Line-level attribution for one commit from a tool that records it (a git-ai note, Agent Trace records).
 *
 * @param source   stable id of the source: {@code git-ai-note} or {@code agent-trace}
 * @param files    ranges per repository-relative path (forward slashes)
 * @param evidence commit-level evidence the source gives (agent, model, session)
 * @param references session / prompt / conversation references the source names (URLs or ids)
 */
public record LineAttribution(String source, Map<String, List<AttributedRange>> files, List<Evidence> evidence,
        List<String> references) {
    /** Canonical constructor: copies the collections. */
    public LineAttribution {
        files = Map.copyOf(files);
        evidence = List.copyOf(evidence);
        references = List.copyOf(references);
    }

    /**
     * The origin this source records for a line, or {@code null} when it records nothing for that line
     * (an "untracked" line).
     */
    public Origin originOf(final String path, final int line) {
        List<AttributedRange> ranges = files.get(path);
        if (ranges == null) {
            return null;
        }
        for (AttributedRange range : ranges) {
            if (range.contains(line)) {
                return range.origin();
            }
        }
        return null;
    }

    /** The range that covers a line, or {@code null}. */
    public AttributedRange rangeOf(final String path, final int line) {
        List<AttributedRange> ranges = files.get(path);
        if (ranges != null) {
            for (AttributedRange range : ranges) {
                if (range.contains(line)) {
                    return range;
                }
            }
        }
        return null;
    }

    /** Whether this source says anything about the file. */
    public boolean covers(final String path) {
        return files.containsKey(path);
    }
}
