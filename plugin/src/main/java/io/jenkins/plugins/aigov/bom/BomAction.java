package io.jenkins.plugins.aigov.bom;

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

import io.jenkins.plugins.aigov.engine.report.ReportFiles;

/**
 * The AI-BOM of a build. {@code build.xml} keeps only the {@link BomBuildSummary}; the BOM is {@code bom.cdx.json}
 * in the run directory (and archived as an artifact), read when the page needs it and held by a weak reference. The
 * summary is readable at {@code …/ai-bom/api/json}.
 */
@ExportedBean(defaultVisibility = 2)
public final class BomAction implements RunAction2, StaplerProxy {
    /** The action's URL below the run. */
    public static final String URL_NAME = "ai-bom";
    private static final Logger LOGGER = Logger.getLogger(BomAction.class.getName());

    private final BomBuildSummary summary;

    private transient Run<?, ?> owner;
    private transient ReentrantLock lock = new ReentrantLock();
    private transient WeakReference<BomContent> detail;

    /** Creates the action for a new BOM. */
    public BomAction(final BomBuildSummary summary) {
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

    /** A document of this BOM in the run directory. */
    File getReportFile(final String name) {
        return new File(owner.getRootDir(), name);
    }

    /** The BOM's content, read from {@code bom.cdx.json} on first use; empty when the file is missing or broken. */
    Optional<BomContent> getContent() {
        lock.lock();
        try {
            BomContent content = detail == null ? null : detail.get();
            if (content == null) {
                content = load();
                detail = content == null ? null : new WeakReference<>(content);
            }
            return Optional.ofNullable(content);
        } finally {
            lock.unlock();
        }
    }

    /** Whether the content is in memory now (for tests). */
    boolean isContentLoaded() {
        return detail != null && detail.get() != null;
    }

    private BomContent load() {
        if (owner == null) {
            return null;
        }
        File file = getReportFile(ReportFiles.BOM_JSON);
        if (!file.isFile()) {
            LOGGER.log(Level.FINE, "No {0}", file);
            return null;
        }
        try (InputStream in = Files.newInputStream(file.toPath())) {
            return BomContent.read(in);
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "Cannot read " + file, e);
            return null;
        }
    }
}
