package io.jenkins.plugins.aigov.provenance;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

import hudson.model.Run;
import jenkins.model.RunAction2;
import org.kohsuke.stapler.StaplerProxy;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;
import io.jenkins.plugins.aigov.engine.report.ProvenanceJson;
import io.jenkins.plugins.aigov.engine.report.ReportFiles;

/**
 * The AI provenance of a build. {@code build.xml} keeps only the {@link ProvenanceBuildSummary}; the detail is
 * {@code ai-provenance.json} in the run directory, read when a page needs it and held by a weak reference.
 * The summary is readable at {@code …/ai-provenance/api/json}.
 */
@ExportedBean(defaultVisibility = 2)
public final class ProvenanceAction implements RunAction2, StaplerProxy {
    /** The action's URL below the run. */
    public static final String URL_NAME = "ai-provenance";
    private static final Logger LOGGER = Logger.getLogger(ProvenanceAction.class.getName());

    private final ProvenanceBuildSummary summary;

    private transient Run<?, ?> owner;
    private transient ReentrantLock lock = new ReentrantLock();
    private transient WeakReference<ProvenanceResult> detail;

    /** Creates the action for a new result. */
    public ProvenanceAction(final ProvenanceBuildSummary summary) {
        this.summary = summary;
    }

    /** Restores the transient state after XStream read the action from {@code build.xml}. */
    private Object readResolve() {
        lock = new ReentrantLock();
        return this;
    }

    @Override
    public void onAttached(final Run<?, ?> run) {
        owner = run;
    }

    @Override
    public void onLoad(final Run<?, ?> run) {
        owner = run;
    }

    /** The build this action belongs to. */
    public Run<?, ?> getOwner() {
        return owner;
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

    /** A document of this result in the run directory. */
    File getReportFile(final String name) {
        return new File(owner.getRootDir(), name);
    }

    /** The detail, read from {@code ai-provenance.json} on first use; empty when the file is missing or broken. */
    Optional<ProvenanceResult> getResult() {
        lock.lock();
        try {
            ProvenanceResult result = detail == null ? null : detail.get();
            if (result == null) {
                result = load();
                detail = result == null ? null : new WeakReference<>(result);
            }
            return Optional.ofNullable(result);
        } finally {
            lock.unlock();
        }
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
        return detail != null && detail.get() != null;
    }

    private ProvenanceResult load() {
        if (owner == null) {
            return null;
        }
        File file = getReportFile(ReportFiles.PROVENANCE_JSON);
        if (!file.isFile()) {
            LOGGER.log(Level.FINE, "No {0}", file);
            return null;
        }
        try (InputStream in = Files.newInputStream(file.toPath())) {
            return ProvenanceJson.read(in);
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "Cannot read " + file, e);
            return null;
        }
    }
}
