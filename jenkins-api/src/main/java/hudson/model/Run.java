// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.model.Run); compile-only, never packaged.
package hudson.model;

import java.io.File;
import java.io.IOException;

import hudson.security.AccessControlled;
import jenkins.model.ArtifactManager;
import jenkins.model.RunAction2;

/** One run of a job; this stand-in keeps its actions in memory and its files in a given folder. */
public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable
        implements AccessControlled {
    public transient int number;
    private final transient JobT owner;
    private final transient File buildDir;
    private transient Result result;

    protected Run(final JobT project, final File buildDir) throws IOException {
        this.owner = project;
        this.buildDir = buildDir;
    }

    @Override
    public void addAction(final Action a) {
        super.addAction(a);
        if (a instanceof RunAction2 runAction) {
            runAction.onAttached(this);
        }
    }

    public Result getResult() {
        return result;
    }

    /** As in core, the result can only get worse. */
    public void setResult(final Result r) {
        if (result == null || r.isWorseThan(result)) {
            result = r;
        }
    }

    public JobT getParent() {
        return owner;
    }

    public String getFullDisplayName() {
        return "run #" + number;
    }

    public String getDisplayName() {
        return "#" + number;
    }

    public int getNumber() {
        return number;
    }

    /** The build before this one, or {@code null}; this stand-in knows none (a test subclass may). */
    public RunT getPreviousBuild() {
        return null;
    }

    public String getUrl() {
        return "job/run/" + number + "/";
    }

    public String getId() {
        return Integer.toString(number);
    }

    public File getRootDir() {
        return buildDir;
    }

    /** Writes build.xml in core; this stand-in keeps everything in memory. */
    public synchronized void save() throws IOException {
    }

    /** Chooses where this build's artifacts go; this stand-in has no artifact storage. */
    public final synchronized ArtifactManager pickArtifactManager() throws IOException {
        throw new IOException("no artifact manager outside Jenkins");
    }
}
