package io.jenkins.plugins.aigov.engine.provenance;

import java.io.Serializable;
import java.util.List;

import io.jenkins.plugins.aigov.engine.model.OriginCounts;

/**
 * One file changed in the range.
 *
 * @param path       repository-relative path with forward slashes (as of head)
 * @param addedLines added lines by origin over the whole range
 * @param sha256     hex SHA-256 of the file's content at head, for AI-touched files that still exist at head;
 *                   {@code null} otherwise
 * @param size       size in bytes at head, or -1
 * @param binary     whether git treats it as binary (no lines counted)
 * @param agents     agents that wrote lines in it, sorted
 * @param models     models that wrote lines in it, sorted
 * @param commits    ids of the commits that changed it, in range order
 */
public record FileProvenance(String path, OriginCounts addedLines, String sha256, long size, boolean binary,
        List<String> agents, List<String> models, List<String> commits) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Canonical constructor: copies the lists. */
    public FileProvenance {
        agents = List.copyOf(agents);
        models = List.copyOf(models);
        commits = List.copyOf(commits);
    }

    /** Whether an AI wrote any line of this file in the range. */
    public boolean isAiTouched() {
        return addedLines.ai() > 0 || !agents.isEmpty();
    }
}
