package io.jenkins.plugins.aigov.engine.provenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Repository;

import io.jenkins.plugins.aigov.engine.model.Problem;

/**
 * Diffs the commits of a range on a few threads, each with its own {@link CommitDiffer} over a contiguous slice,
 * and returns the diffs in range order. Diffing is most of the work of a provenance run and every commit is
 * independent of the others.
 */
final class ParallelDiffs {
    /** Below this many commits one thread is faster than starting more. */
    static final int MIN_PARALLEL = 256;
    private static final int MAX_THREADS = 4;

    private ParallelDiffs() {
    }

    /**
     * The diff of each commit, in order; {@code null} for a commit whose objects are missing (then a problem
     * names it).
     */
    static List<CommitDiffer.Diff> compute(final Repository repository, final List<ClassifiedCommit> commits,
            final List<Problem> problems) throws IOException {
        int threads = commits.size() < MIN_PARALLEL ? 1
                : Math.min(MAX_THREADS, Math.max(1, Runtime.getRuntime().availableProcessors()));
        CommitDiffer.Diff[] diffs = new CommitDiffer.Diff[commits.size()];
        if (threads == 1) {
            problems.addAll(slice(repository, commits, diffs, 0, commits.size()));
            return Arrays.asList(diffs);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "aigov-diff");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<List<Problem>>> futures = new ArrayList<>();
            int size = (commits.size() + threads - 1) / threads;
            for (int from = 0; from < commits.size(); from += size) {
                int start = from;
                int end = Math.min(commits.size(), from + size);
                futures.add(pool.submit(() -> slice(repository, commits, diffs, start, end)));
            }
            for (Future<List<Problem>> future : futures) {
                problems.addAll(future.get());
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while diffing", e);
        }
        catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IOException(e.getCause());
        }
        finally {
            pool.shutdownNow();
        }
        return Arrays.asList(diffs);
    }

    private static List<Problem> slice(final Repository repository, final List<ClassifiedCommit> commits,
            final CommitDiffer.Diff[] diffs, final int from, final int to) {
        List<Problem> problems = new ArrayList<>();
        try (CommitDiffer differ = new CommitDiffer(repository)) {
            for (int i = from; i < to; i++) {
                ClassifiedCommit commit = commits.get(i);
                try {
                    diffs[i] = differ.diff(commit.commit(), commit.classification(), commit.attributions());
                }
                catch (MissingObjectException e) {
                    problems.add(new Problem("commit " + commit.commit().name(),
                            "object missing (" + e.getMessage() + "); commit skipped"));
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return problems;
    }
}
