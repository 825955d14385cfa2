package io.jenkins.plugins.aigov.trend;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import hudson.model.Job;
import hudson.model.Run;

import io.jenkins.plugins.aigov.engine.gates.GatesSummary;
import io.jenkins.plugins.aigov.engine.model.Outcome;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceSummary;
import io.jenkins.plugins.aigov.gates.GatesAction;
import io.jenkins.plugins.aigov.gates.GatesBuildSummary;
import io.jenkins.plugins.aigov.provenance.ProvenanceAction;
import io.jenkins.plugins.aigov.provenance.ProvenanceBuildSummary;

/**
 * A job and its builds, linked newest to oldest, through the real {@code Job(parent, name)} and
 * {@code Run(job, buildDir)} constructors (no Jenkins can run in this build). A build's root directory is
 * off-limits once the builds are {@linkplain #seal() sealed}: asking for it then fails the test, which proves the
 * trend reads the summaries only.
 */
final class TrendBuilds {
    private final List<ChainRun> runs = new ArrayList<>();
    private final TestJob job = new TestJob(this);
    private final Path root;

    TrendBuilds(final Path root) {
        this.root = root;
    }

    /** From now on no build may open a file. */
    void seal() {
        runs.forEach(run -> run.sealed = true);
    }

    TestJob job() {
        return job;
    }

    /** Adds the next build. */
    ChainRun add() throws IOException {
        int number = runs.size() + 1;
        File dir = Files.createDirectories(root.resolve(Integer.toString(number))).toFile();
        ChainRun run = new ChainRun(job, runs.isEmpty() ? null : runs.get(runs.size() - 1), number, dir);
        runs.add(run);
        return run;
    }

    ChainRun last() {
        return runs.isEmpty() ? null : runs.get(runs.size() - 1);
    }

    /** Records a provenance summary: {@code aiLines} of {@code lines} added lines by AI. */
    static void provenance(final Run<?, ?> run, final long lines, final long aiLines) {
        run.addAction(new ProvenanceAction(ProvenanceBuildSummary.of(new ProvenanceSummary("b", "h", 3, 1, 0, 2, 0,
                lines, aiLines, 1, 0, 0, false, "claude-code", null))));
    }

    /** Records a gates summary. */
    static void gates(final Run<?, ?> run, final Outcome outcome, final int critical, final int high,
            final int medium, final int low) {
        run.addAction(new GatesAction(GatesBuildSummary.of(new GatesSummary(outcome, "because", "MEDIUM", 42.5,
                critical, high, medium, low, 1, 0, 0, 2, 0, 0, false))));
    }

    /** A job whose last build is the newest of the chain. */
    @SuppressWarnings("rawtypes")
    static final class TestJob extends Job {
        private final TrendBuilds builds;

        TestJob(final TrendBuilds builds) {
            super(null, "demo");
            this.builds = builds;
        }

        @Override
        public Run getLastBuild() {
            return builds.last();
        }
    }

    /** A build that knows the one before it. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class ChainRun extends Run {
        private final ChainRun previous;
        private boolean sealed;

        ChainRun(final Job job, final ChainRun previous, final int number, final File dir) throws IOException {
            super(job, dir);
            this.previous = previous;
            this.number = number;
        }

        @Override
        public Run getPreviousBuild() {
            return previous;
        }

        @Override
        public File getRootDir() {
            if (sealed) {
                throw new AssertionError("the trend must not open files of build " + number);
            }
            return super.getRootDir();
        }
    }
}
