package io.jenkins.plugins.aigov.gates;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

import io.jenkins.plugins.aigov.RunDetailAction;
import io.jenkins.plugins.aigov.engine.gates.GatesResult;
import io.jenkins.plugins.aigov.engine.report.GatesJson;
import io.jenkins.plugins.aigov.engine.report.ReportFiles;

/**
 * The AI gates of a build. {@code build.xml} keeps only the {@link GatesBuildSummary}; the detail is
 * {@code ai-gates.json} in the run directory, read when a page needs it and held by a weak reference. The summary is
 * readable at {@code …/ai-gates/api/json}.
 */
@ExportedBean(defaultVisibility = 2)
public final class GatesAction extends RunDetailAction<GatesResult> {
    /** The action's URL below the run. */
    public static final String URL_NAME = "ai-gates";

    private final GatesBuildSummary summary;


    /** Creates the action for a new result. */
    public GatesAction(final GatesBuildSummary summary) {
        this.summary = summary;
    }

    @Override
    public String getIconFileName() {
        return "symbol-lock-closed";
    }

    @Override
    public String getDisplayName() {
        return Messages.get("GatesAction.displayName");
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    /** The report page. */
    @Override
    public Object getTarget() {
        return new GatesViewModel(this);
    }

    /** The summary kept with the build. */
    public GatesBuildSummary getSummary() {
        return summary;
    }

    @Exported
    public String getOutcome() {
        return summary.getOutcome();
    }

    @Exported
    public String getReason() {
        return summary.getReason();
    }

    @Exported
    public int getFindings() {
        return summary.getFindings();
    }

    @Exported
    public int getCritical() {
        return summary.getCritical();
    }

    @Exported
    public int getHigh() {
        return summary.getHigh();
    }

    @Exported
    public int getMedium() {
        return summary.getMedium();
    }

    @Exported
    public int getLow() {
        return summary.getLow();
    }

    @Exported
    public int getInfo() {
        return summary.getInfo();
    }

    @Exported
    public int getSuppressed() {
        return summary.getSuppressed();
    }

    @Exported
    public int getAiFindings() {
        return summary.getAiFindings();
    }

    @Exported
    public int getDependencies() {
        return summary.getDependencies();
    }

    @Exported
    public int getUnverified() {
        return summary.getUnverified();
    }

    @Exported
    public int getProblems() {
        return summary.getProblems();
    }

    @Exported
    public boolean isPartial() {
        return summary.isPartial();
    }

    /** The detail, read from the run directory on first use; empty when the file is missing or broken. */
    Optional<GatesResult> getResult() {
        return detail();
    }

    /** Whether the detail is in memory now (for tests). */
    boolean isResultLoaded() {
        return isDetailLoaded();
    }

    @Override
    protected String detailFileName() {
        return ReportFiles.GATES_JSON;
    }

    @Override
    protected GatesResult readDetail(final InputStream in) throws IOException {
        return GatesJson.read(in);
    }
}
