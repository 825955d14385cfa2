package io.jenkins.plugins.aigov.bom;

import java.io.Serializable;
import java.util.List;

import io.jenkins.plugins.aigov.RevisionRange;
import io.jenkins.plugins.aigov.engine.bom.Approval;
import io.jenkins.plugins.aigov.engine.bom.BuildContext;
import io.jenkins.plugins.aigov.engine.gates.GatesResult;
import io.jenkins.plugins.aigov.engine.provenance.MarkerRules;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;

/**
 * Everything the agent needs to build one BOM, resolved on the controller and sent once. It holds no secret: the
 * BOM is signed on the controller after it came back.
 *
 * @param range          the change range
 * @param maxCommits     cap of a provenance walk of the step's own
 * @param markerRules    the global marker rules, for a provenance walk of the step's own
 * @param provenance     the aiProvenance result of this build, or {@code null}
 * @param gates          the aiGates result of this build, or {@code null}
 * @param projectName    the project's name, or {@code null} (the engine then takes the folder's)
 * @param projectVersion the project's version, or {@code null} (the head commit's short id)
 * @param vcsUrl         the repository URL, or {@code null}
 * @param buildUrl       the build's absolute URL, or {@code null}
 * @param context        the CI context for the BOM's formulation
 * @param toolVersion    the plugin's version
 */
record BomRequest(RevisionRange range, int maxCommits, MarkerRules markerRules, ProvenanceResult provenance,
        GatesResult gates, String projectName, String projectVersion, String vcsUrl, String buildUrl,
        BuildContext context, String toolVersion, List<Approval> approvals) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The range and the inputs taken over, for the log. */
    String describe() {
        return range.describe(maxCommits) + (provenance == null ? "" : "; provenance from aiProvenance")
                + (gates == null ? "" : "; gate results from aiGates");
    }

    @Override
    public String toString() {
        return "BomRequest[" + describe() + ", project " + projectName + " " + projectVersion + "]";
    }
}
