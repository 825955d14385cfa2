// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.model.Result); compile-only, never packaged.
package hudson.model;

import java.io.Serializable;

/** The result of a build; this stand-in orders the five results as core does. */
public final class Result implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final Result SUCCESS = new Result("SUCCESS", 0);
    public static final Result UNSTABLE = new Result("UNSTABLE", 1);
    public static final Result FAILURE = new Result("FAILURE", 2);
    public static final Result NOT_BUILT = new Result("NOT_BUILT", 3);
    public static final Result ABORTED = new Result("ABORTED", 4);

    public final int ordinal;
    private final String name;

    private Result(final String name, final int ordinal) {
        this.name = name;
        this.ordinal = ordinal;
    }

    public Result combine(final Result that) {
        return ordinal < that.ordinal ? that : this;
    }

    public boolean isWorseThan(final Result that) {
        return ordinal > that.ordinal;
    }

    public boolean isWorseOrEqualTo(final Result that) {
        return ordinal >= that.ordinal;
    }

    public boolean isBetterThan(final Result that) {
        return ordinal < that.ordinal;
    }

    public boolean isBetterOrEqualTo(final Result that) {
        return ordinal <= that.ordinal;
    }

    @Override
    public String toString() {
        return name;
    }

    private Object readResolve() {
        for (Result r : new Result[] {SUCCESS, UNSTABLE, FAILURE, NOT_BUILT, ABORTED}) {
            if (r.ordinal == ordinal) {
                return r;
            }
        }
        return this;
    }
}
