package io.jenkins.plugins.aigov.engine.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import io.jenkins.plugins.aigov.engine.GovernanceException;

/**
 * Opens the repository every command works on: a bare repository given directly, or the work tree containing a
 * folder. A folder that is neither is the caller's mistake (a usage error), never a failure to run.
 */
public final class GitRepositories {
    private GitRepositories() {
    }

    /** The repository in or above {@code directory}, or the bare repository {@code directory}. */
    public static Repository open(final Path directory) throws GovernanceException {
        if (!Files.isDirectory(directory)) {
            throw new GovernanceException(directory + " is not a directory", true);
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
        if (Files.isDirectory(directory.resolve("objects")) && Files.isRegularFile(directory.resolve("config"))
                && Files.exists(directory.resolve("HEAD"))) {
            builder.setGitDir(directory.toFile());
        }
        else {
            builder.findGitDir(directory.toFile());
            if (builder.getGitDir() == null) {
                throw new GovernanceException(directory + " is not a git repository (no .git found here or above)",
                        true);
            }
        }
        try {
            return builder.build();
        }
        catch (RepositoryNotFoundException e) {
            throw new GovernanceException(directory + " is not a git repository: " + e.getMessage(), true);
        }
        catch (IOException e) {
            throw new GovernanceException("cannot open the git repository in " + directory + ": " + e.getMessage(), e);
        }
    }
}
