package io.jenkins.plugins.aigov.engine.provenance;

import java.io.Serializable;

/**
 * The range that was analysed.
 *
 * @param base       the base revision as asked ({@code null}: whole history)
 * @param head       the head revision as asked
 * @param baseId     resolved base commit id or {@code null}
 * @param headId     resolved head commit id
 * @param capped     whether the walk stopped at {@code maxCommits}
 * @param maxCommits the cap in force
 */
public record RangeInfo(String base, String head, String baseId, String headId, boolean capped, int maxCommits)
        implements Serializable {
    private static final long serialVersionUID = 1L;
}
