package io.jenkins.plugins.aigov.engine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A real git repository in a temporary folder, built with JGit, for tests: write files, commit them as any
 * identity with any message, add git-ai notes. Commit times advance one minute per commit from a fixed start,
 * so the history is deterministic.
 */
public final class GitFixture implements AutoCloseable {
    /** The notes ref git-ai writes. */
    public static final String AI_NOTES = "refs/notes/ai";
    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    private final Path dir;
    private final Git git;
    private int tick;

    private GitFixture(final Path dir, final Git git) {
        this.dir = dir;
        this.git = git;
    }

    /** A new repository with a work tree in {@code dir} (created if missing), on branch {@code main}. */
    public static GitFixture init(final Path dir) {
        try {
            Files.createDirectories(dir);
            Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
            StoredConfig config = git.getRepository().getConfig();
            config.setBoolean("commit", null, "gpgsign", false);
            config.save();
            return new GitFixture(dir, git);
        }
        catch (GitAPIException | IOException e) {
            throw new IllegalStateException("cannot create a git repository in " + dir, e);
        }
    }

    /** A person with the given name and e-mail (time is set at commit). */
    public static PersonIdent person(final String name, final String email) {
        return new PersonIdent(name, email);
    }

    /** The work tree. */
    public Path dir() {
        return dir;
    }

    /** The JGit repository. */
    public Repository repository() {
        return git.getRepository();
    }

    /** The JGit porcelain. */
    public Git git() {
        return git;
    }

    /** Writes (creates or replaces) a file in the work tree and stages it. */
    public GitFixture write(final String path, final String content) {
        return write(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes bytes to a file in the work tree and stages it. */
    public GitFixture write(final String path, final byte[] content) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            git.add().addFilepattern(path).call();
            return this;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes a file from the work tree and the index. */
    public GitFixture delete(final String path) {
        try {
            git.rm().addFilepattern(path).call();
            return this;
        }
        catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Commits what is staged, authored and committed by {@code author}. */
    public RevCommit commit(final String message, final PersonIdent author) {
        return commit(message, author, author);
    }

    /** Commits what is staged with a separate committer. */
    public RevCommit commit(final String message, final PersonIdent author, final PersonIdent committer) {
        try {
            Instant when = START.plusSeconds(60L * tick++);
            return git.commit().setMessage(message).setSign(false).setAllowEmpty(true)
                    .setAuthor(new PersonIdent(author, when, ZoneOffset.UTC))
                    .setCommitter(new PersonIdent(committer, when, ZoneOffset.UTC)).call();
        }
        catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds a note under {@code refs/notes/ai} to a commit (as git-ai does). */
    public void aiNote(final RevCommit commit, final String text) {
        try {
            git.notesAdd().setNotesRef(AI_NOTES).setObjectId(commit).setMessage(text).call();
        }
        catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creates a branch at the current head and checks it out. */
    public void branch(final String name) {
        try {
            git.checkout().setCreateBranch(true).setName(name).call();
        }
        catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks out an existing branch. */
    public void checkout(final String name) {
        try {
            git.checkout().setName(name).call();
        }
        catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Merges a branch into the current one with a merge commit (no fast-forward). */
    public RevCommit merge(final String branch, final String message, final PersonIdent who) {
        try {
            var result = git.merge().include(repository().resolve(branch))
                    .setFastForward(org.eclipse.jgit.api.MergeCommand.FastForwardMode.NO_FF).setCommit(false).call();
            if (!result.getMergeStatus().isSuccessful()) {
                throw new IllegalStateException("merge failed: " + result.getMergeStatus());
            }
            return commit(message, who);
        }
        catch (GitAPIException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
