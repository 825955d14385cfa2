package io.jenkins.plugins.aigov.bom;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

import io.jenkins.plugins.aigov.RunDetailAction;
import io.jenkins.plugins.aigov.engine.report.ReportFiles;

/**
 * The AI-BOM of a build. {@code build.xml} keeps only the {@link BomBuildSummary}; the BOM is {@code bom.cdx.json}
 * in the run directory (and archived as an artifact), read when the page needs it and held by a weak reference. The
 * summary is readable at {@code …/ai-bom/api/json}.
 */
@ExportedBean(defaultVisibility = 2)
public final class BomAction extends RunDetailAction<BomContent> {
    /** The action's URL below the run. */
    public static final String URL_NAME = "ai-bom";

    private final BomBuildSummary summary;


    /** Creates the action for a new BOM. */
    public BomAction(final BomBuildSummary summary) {
        this.summary = summary;
    }

    @Override
    public String getIconFileName() {
        return "symbol-cube";
    }

    @Override
    public String getDisplayName() {
        return Messages.get("BomAction.displayName");
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    /** The BOM page. */
    @Override
    public Object getTarget() {
        return new BomViewModel(this);
    }

    /** The summary kept with the build. */
    public BomBuildSummary getSummary() {
        return summary;
    }

    @Exported
    public String getSerialNumber() {
        return summary.getSerialNumber();
    }

    @Exported
    public String getDigest() {
        return summary.getDigest();
    }

    @Exported
    public String getProjectName() {
        return summary.getProjectName();
    }

    @Exported
    public String getProjectVersion() {
        return summary.getProjectVersion();
    }

    @Exported
    public int getModels() {
        return summary.getModels();
    }

    @Exported
    public int getAgents() {
        return summary.getAgents();
    }

    @Exported
    public int getFiles() {
        return summary.getFiles();
    }

    @Exported
    public int getDependencies() {
        return summary.getDependencies();
    }

    @Exported
    public String getDecision() {
        return summary.getDecision();
    }

    @Exported
    public boolean isSigned() {
        return summary.isSigned();
    }

    @Exported
    public String getKeyId() {
        return summary.getKeyId();
    }

    @Exported
    public String getAlgorithm() {
        return summary.getAlgorithm();
    }

    /** The BOM's content, read from {@code bom.cdx.json} on first use; empty when the file is missing or broken. */
    Optional<BomContent> getContent() {
        return detail();
    }

    /** Whether the content is in memory now (for tests). */
    boolean isContentLoaded() {
        return isDetailLoaded();
    }

    @Override
    protected String detailFileName() {
        return ReportFiles.BOM_JSON;
    }

    @Override
    protected BomContent readDetail(final InputStream in) throws IOException {
        return BomContent.read(in);
    }

}
