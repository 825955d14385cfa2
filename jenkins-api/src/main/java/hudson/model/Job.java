// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.model.Job); compile-only, never packaged.
package hudson.model;

/** A job: the owner of runs. Only its type parameters are used here. */
public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> {
    private Job() {
    }
}
