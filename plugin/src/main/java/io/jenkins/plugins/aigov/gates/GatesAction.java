package io.jenkins.plugins.aigov.gates;

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

import io.jenkins.plugins.aigov.engine.gates.GatesResult;
import io.jenkins.plugins.aigov.engine.report.GatesJson;
import io.jenkins.plugins.aigov.engine.report.ReportFiles;

/**
 * The AI gates of a build. {@code build.xml} keeps only the {@link GatesBuildSummary}; the detail is
 * {@code ai-gates.json} in the run directory, read when a page needs it and held by a weak reference. The summary is
 * readable at {@code …/ai-gates/api/json}.
 */
@ExportedBean(defaultVisibility = 2)
public final class GatesAction implements RunAction2, StaplerProxy {
    /** The action's URL below the run. */
    public static final String URL_NAME = "ai-gates";
    private static final Logger LOGGER = Logger.getLogger(GatesAction.class.getName());

    private final GatesBuildSummary summary;

    private transient Run<?, ?> owner;
    private transient ReentrantLock lock = new ReentrantLock();
    private transient WeakReference<GatesResult> detail;

    /** Creates the action for a new result. */
    public GatesAction(final GatesBuildSummary summary) {
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

    /** A document of this result in the run directory. */
    File getReportFile(final String name) {
        return new File(owner.getRootDir(), name);
    }

    /** The detail, read from {@code ai-gates.json} on first use; empty when the file is missing or broken. */
    Optional<GatesResult> getResult() {
        lock.lock();
        try {
            GatesResult result = detail == null ? null : detail.get();
            if (result == null) {
                result = load();
                detail = result == null ? null : new WeakReference<>(result);
            }
            return Optional.ofNullable(result);
        } finally {
            lock.unlock();
        }
    }

    /** Whether the detail is in memory now (for tests). */
    boolean isResultLoaded() {
        return detail != null && detail.get() != null;
    }

    private GatesResult load() {
        if (owner == null) {
            return null;
        }
        File file = getReportFile(ReportFiles.GATES_JSON);
        if (!file.isFile()) {
            LOGGER.log(Level.FINE, "No {0}", file);
            return null;
        }
        try (InputStream in = Files.newInputStream(file.toPath())) {
            return GatesJson.read(in);
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "Cannot read " + file, e);
            return null;
        }
    }
}
