package io.jenkins.plugins.aigov.engine.provenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Repository;

import io.jenkins.plugins.aigov.engine.model.Problem;

/**
 * Diffs the commits of a range while the walk is still classifying the next ones: commits are handed over in
 * chunks to a few threads, each with its own {@link CommitDiffer}, and the diffs come back in range order.
 * Diffing is most of the work of a provenance run and every commit is independent of the others. A range smaller
 * than one chunk is diffed on the caller's thread. The differs share one {@link DiffCache}: the trees and file
 * versions one commit's diff reads again in its parent's.
 */
final class ParallelDiffs implements AutoCloseable {
    /** Commits per task; also the size below which no thread is started. */
    static final int CHUNK = 64;
    private static final int MAX_THREADS = 4;

    private final Repository repository;
    private final DiffCache cache = new DiffCache();
    private final List<Future<Chunk>> submitted = new ArrayList<>();
    private final List<CommitDiffer> differs = new ArrayList<>();
    private final ThreadLocal<CommitDiffer> differ = ThreadLocal.withInitial(this::newDiffer);
    private List<ClassifiedCommit> pending = new ArrayList<>(CHUNK);
    private ExecutorService pool;

    /** The diffs of one chunk and the problems met. */
    private record Chunk(List<CommitDiffer.Diff> diffs, List<Problem> problems) {
    }

    ParallelDiffs(final Repository repository) {
        this.repository = repository;
    }

    /** Queues a commit; its diff starts as soon as its chunk is full. */
    void add(final ClassifiedCommit commit) {
        pending.add(commit);
        if (pending.size() == CHUNK) {
            List<ClassifiedCommit> chunk = pending;
            pending = new ArrayList<>(CHUNK);
            submitted.add(pool().submit(() -> diff(chunk, differ.get())));
        }
    }

    /**
     * The diff of every queued commit, in order; {@code null} for a commit whose objects are missing (then a
     * problem names it).
     */
    List<CommitDiffer.Diff> finish(final List<Problem> problems) throws IOException {
        List<CommitDiffer.Diff> diffs = new ArrayList<>();
        try {
            for (Future<Chunk> future : submitted) {
                Chunk chunk = future.get();
                diffs.addAll(chunk.diffs());
                problems.addAll(chunk.problems());
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
        Chunk last = diff(pending, newDiffer());
        diffs.addAll(last.diffs());
        problems.addAll(last.problems());
        pending = new ArrayList<>();
        return diffs;
    }

    private ExecutorService pool() {
        if (pool == null) {
            int threads = Math.min(MAX_THREADS, Math.max(1, Runtime.getRuntime().availableProcessors()));
            pool = Executors.newFixedThreadPool(threads, runnable -> {
                Thread thread = new Thread(runnable, "aigov-diff");
                thread.setDaemon(true);
                return thread;
            });
        }
        return pool;
    }

    private CommitDiffer newDiffer() {
        CommitDiffer created = new CommitDiffer(repository, cache);
        synchronized (differs) {
            differs.add(created);
        }
        return created;
    }

    private static Chunk diff(final List<ClassifiedCommit> commits, final CommitDiffer own) {
        List<CommitDiffer.Diff> diffs = new ArrayList<>(commits.size());
        List<Problem> problems = new ArrayList<>();
        for (ClassifiedCommit commit : commits) {
            if (commit.shallowBoundary()) {
                diffs.add(CommitDiffer.Diff.NONE);
                continue;
            }
            try {
                diffs.add(own.diff(commit.commit(), commit.classification(), commit.attributions()));
            }
            catch (MissingObjectException e) {
                diffs.add(null);
                problems.add(new Problem("commit " + commit.commit().name(),
                        "object missing (" + e.getMessage() + "); commit skipped"));
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Chunk(diffs, problems);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
            try {
                pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (differs) {
            differs.forEach(CommitDiffer::close);
            differs.clear();
        }
    }
}
