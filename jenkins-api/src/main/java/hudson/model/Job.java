// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.model.Job); compile-only, never packaged.
package hudson.model;

/** A job: the owner of runs. This stand-in has no builds of its own; a test subclass says which is the last. */
public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> {
    protected Job(final ItemGroup parent, final String name) {
    }

    /** The newest build, or {@code null} when there is none. */
    public RunT getLastBuild() {
        return null;
    }
}
