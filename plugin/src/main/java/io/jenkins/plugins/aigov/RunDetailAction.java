package io.jenkins.plugins.aigov;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.http.HttpServletResponse;

import hudson.model.Run;
import jenkins.model.RunAction2;
import org.kohsuke.stapler.StaplerProxy;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * What the build actions of the three steps share: they belong to a run, keep their small summary in
 * {@code build.xml} (in the subclass) and read their detail document from the run directory only when a page
 * needs it, holding it by a weak reference behind a lock.
 *
 * @param <D> the detail read from the document
 */
public abstract class RunDetailAction<D> implements RunAction2, StaplerProxy {
    private static final Logger LOGGER = Logger.getLogger(RunDetailAction.class.getName());

    private transient Run<?, ?> owner;
    private transient ReentrantLock lock = new ReentrantLock();
    private transient WeakReference<D> detail;

    /** Restores the transient state after XStream read the action from {@code build.xml}. */
    protected Object readResolve() {
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

    /** A document of this result in the run directory. */
    public File getReportFile(final String name) {
        return new File(owner.getRootDir(), name);
    }

    /**
     * Sends a document of this result from the run directory as a download (read-only, so GET is fine), or 404
     * when the build has none.
     */
    public void serveReport(final StaplerResponse2 response, final String name, final String contentType)
            throws IOException {
        File file = getReportFile(name);
        if (!file.isFile()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, name + " is not in this build");
            return;
        }
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLengthLong(file.length());
        try (OutputStream out = response.getOutputStream()) {
            Files.copy(file.toPath(), out);
        }
    }

    /** The detail document's file name in the run directory. */
    protected abstract String detailFileName();

    /** Reads the detail document. */
    protected abstract D readDetail(InputStream in) throws IOException;

    /** The detail, read on first use; empty when the file is missing or broken. */
    protected Optional<D> detail() {
        lock.lock();
        try {
            D value = detail == null ? null : detail.get();
            if (value == null) {
                value = load();
                detail = value == null ? null : new WeakReference<>(value);
            }
            return Optional.ofNullable(value);
        }
        finally {
            lock.unlock();
        }
    }

    /** Whether the detail is in memory now (for tests). */
    protected boolean isDetailLoaded() {
        return detail != null && detail.get() != null;
    }

    private D load() {
        if (owner == null) {
            return null;
        }
        File file = getReportFile(detailFileName());
        if (!file.isFile()) {
            LOGGER.log(Level.FINE, "No {0}", file);
            return null;
        }
        try (InputStream in = Files.newInputStream(file.toPath())) {
            return readDetail(in);
        }
        catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "Cannot read " + file, e);
            return null;
        }
    }
}
