package io.jenkins.plugins.aigov.engine.gates;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import io.jenkins.plugins.aigov.engine.GovernanceException;
import io.jenkins.plugins.aigov.engine.git.GitRepositories;
import io.jenkins.plugins.aigov.engine.model.Problem;

/**
 * Reads what the gates need from git, never from the work tree: which paths changed between two commits, the
 * paths at a commit, and file contents at a commit. Opens the repository the way the provenance analysis does (a
 * work tree, a folder inside one, or a bare repository).
 */
final class GitTrees implements AutoCloseable {
    /** Largest file read (10 MiB); larger ones are skipped with a problem. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final Repository repository;
    private final ObjectReader reader;

    private GitTrees(final Repository repository) {
        this.repository = repository;
        this.reader = repository.newObjectReader();
    }

    /** Opens the repository in or above {@code directory}, or the bare repository {@code directory}. */
    static GitTrees open(final Path directory) throws GovernanceException {
        return new GitTrees(GitRepositories.open(directory));
    }

    Repository repository() {
        return repository;
    }

    /** The commit a resolved id names (the provenance analysis has already checked the revisions). */
    RevCommit commit(final String id) throws IOException {
        try (RevWalk walk = new RevWalk(reader)) {
            return walk.parseCommit(ObjectId.fromString(id));
        }
    }

    /** Paths added or modified (content or mode) from {@code base} to {@code head}, in tree order. */
    List<String> changedPaths(final RevCommit base, final RevCommit head, final Predicate<String> wanted)
            throws IOException {
        List<String> paths = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(repository, reader)) {
            walk.addTree(base.getTree());
            walk.addTree(head.getTree());
            walk.setRecursive(true);
            walk.setFilter(TreeFilter.ANY_DIFF);
            for (DiffEntry entry : DiffEntry.scan(walk)) {
                if (entry.getChangeType() != DiffEntry.ChangeType.DELETE && isFile(entry.getNewMode())
                        && wanted.test(entry.getNewPath())) {
                    paths.add(entry.getNewPath());
                }
            }
        }
        return paths;
    }

    /** Every file path at {@code commit} that {@code wanted} accepts, skipping vendored and generated folders. */
    List<String> paths(final RevCommit commit, final Predicate<String> wanted) throws IOException {
        List<String> paths = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(repository, reader)) {
            walk.addTree(commit.getTree());
            walk.setRecursive(false);
            while (walk.next()) {
                if (walk.isSubtree()) {
                    if (!VendoredFolders.isSkipped(walk.getNameString())) {
                        walk.enterSubtree();
                    }
                }
                else if (isFile(walk.getFileMode(0)) && wanted.test(walk.getPathString())) {
                    paths.add(walk.getPathString());
                }
            }
        }
        return paths;
    }

    /** The files directly inside {@code folder} ({@code ""}: the root) at {@code commit}; none if it is missing. */
    List<String> filesIn(final RevCommit commit, final String folder) throws IOException {
        List<String> paths = new ArrayList<>();
        try (TreeWalk walk = folder.isEmpty() ? new TreeWalk(repository, reader)
                : TreeWalk.forPath(repository, reader, folder, commit.getTree())) {
            if (walk == null) {
                return paths;
            }
            if (folder.isEmpty()) {
                walk.addTree(commit.getTree());
            }
            else if (!walk.isSubtree()) {
                return paths;
            }
            else {
                walk.enterSubtree();
            }
            while (walk.next()) {
                if (!walk.isSubtree() && isFile(walk.getFileMode(0))) {
                    paths.add(walk.getPathString());
                }
            }
        }
        return paths;
    }

    /**
     * The contents of {@code paths} at {@code commit}; a path that does not exist there is left out, one larger
     * than {@link #MAX_BYTES} or missing from the object database is left out with a problem.
     */
    Map<String, byte[]> read(final RevCommit commit, final List<String> paths, final List<Problem> problems)
            throws IOException {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (String path : paths) {
            try (TreeWalk walk = TreeWalk.forPath(repository, reader, path, commit.getTree())) {
                if (walk == null || !isFile(walk.getFileMode(0))) {
                    continue;
                }
                ObjectId blob = walk.getObjectId(0);
                try {
                    long size = reader.getObjectSize(blob, org.eclipse.jgit.lib.Constants.OBJ_BLOB);
                    if (size > MAX_BYTES) {
                        problems.add(new Problem(path + "@" + commit.abbreviate(12).name(), "larger than "
                                + MAX_BYTES + " bytes; not read"));
                        continue;
                    }
                    contents.put(path, reader.open(blob).getBytes());
                }
                catch (MissingObjectException e) {
                    problems.add(new Problem(path + "@" + commit.abbreviate(12).name(), "object missing (shallow or"
                            + " partial clone?); not read"));
                }
            }
        }
        return contents;
    }

    private static boolean isFile(final FileMode mode) {
        return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
    }

    @Override
    public void close() {
        reader.close();
        repository.close();
    }
}
