package io.jenkins.plugins.aigov.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

import io.jenkins.plugins.aigov.RunDetailAction;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;
import io.jenkins.plugins.aigov.engine.report.ProvenanceJson;
import io.jenkins.plugins.aigov.engine.report.ReportFiles;

/**
 * The AI provenance of a build. {@code build.xml} keeps only the {@link ProvenanceBuildSummary}; the detail is
 * {@code ai-provenance.json} in the run directory, read when a page needs it and held by a weak reference.
 * The summary is readable at {@code …/ai-provenance/api/json}.
 */
@ExportedBean(defaultVisibility = 2)
public final class ProvenanceAction extends RunDetailAction<ProvenanceResult> {
    /** The action's URL below the run. */
    public static final String URL_NAME = "ai-provenance";

    private final ProvenanceBuildSummary summary;


    /** Creates the action for a new result. */
    public ProvenanceAction(final ProvenanceBuildSummary summary) {
        this.summary = summary;
    }

    @Override
    public String getIconFileName() {
        return "symbol-id-card";
    }

    @Override
    public String getDisplayName() {
        return Messages.get("ProvenanceAction.displayName");
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    /** The report page. */
    @Override
    public Object getTarget() {
        return new ProvenanceViewModel(this);
    }

    /** The summary kept with the build. */
    public ProvenanceBuildSummary getSummary() {
        return summary;
    }

    @Exported
    public String getBase() {
        return summary.getBase();
    }

    @Exported
    public String getHead() {
        return summary.getHead();
    }

    @Exported
    public int getCommits() {
        return summary.getCommits();
    }

    @Exported
    public int getAiGenerated() {
        return summary.getAiGenerated();
    }

    @Exported
    public int getAiAssisted() {
        return summary.getAiAssisted();
    }

    @Exported
    public int getHuman() {
        return summary.getHuman();
    }

    @Exported
    public int getUnknown() {
        return summary.getUnknown();
    }

    @Exported
    public long getAddedLines() {
        return summary.getAddedLines();
    }

    @Exported
    public long getAiAddedLines() {
        return summary.getAiAddedLines();
    }

    @Exported
    public double getAiSharePercent() {
        return summary.getAiSharePercent();
    }

    @Exported
    public int getAiFiles() {
        return summary.getAiFiles();
    }

    @Exported
    public int getPolicyFindings() {
        return summary.getPolicyFindings();
    }

    @Exported
    public int getProblems() {
        return summary.getProblems();
    }

    @Exported
    public boolean isPartial() {
        return summary.isPartial();
    }

    @Exported
    public String getTopAgent() {
        return summary.getTopAgent();
    }

    @Exported
    public String getTopModel() {
        return summary.getTopModel();
    }

    /** The detail, read from the run directory on first use; empty when the file is missing or broken. */
    Optional<ProvenanceResult> getResult() {
        return detail();
    }

    /**
     * The detail for a later step of the same build (aiGates reuses it rather than computing provenance again);
     * empty when {@code ai-provenance.json} is missing or broken.
     */
    public Optional<ProvenanceResult> readResult() {
        return getResult();
    }

    /** Whether the detail is in memory now (for tests). */
    boolean isResultLoaded() {
        return isDetailLoaded();
    }

    @Override
    protected String detailFileName() {
        return ReportFiles.PROVENANCE_JSON;
    }

    @Override
    protected ProvenanceResult readDetail(final InputStream in) throws IOException {
        return ProvenanceJson.read(in);
    }
}
