package io.jenkins.plugins.aigov.engine.gates;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.jenkins.plugins.aigov.engine.GovernanceException;
import io.jenkins.plugins.aigov.engine.dependencies.Dependency;
import io.jenkins.plugins.aigov.engine.model.Problem;

/**
 * Every dependency declared in the manifests of one revision (vendored folders left out), read from git: what
 * the AI-BOM lists.
 */
public final class DependencyInventory {
    private DependencyInventory() {
    }

    /**
     * The dependencies at a revision, in manifest and line order.
     *
     * @param repository the work tree or bare repository
     * @param commitId   a resolved commit id
     * @param problems   receives what could not be read (file and line)
     */
    public static List<Dependency> atCommit(final Path repository, final String commitId,
            final List<Problem> problems) throws GovernanceException {
        try (GitTrees git = GitTrees.open(repository)) {
            return ManifestSnapshots.all(git, null, git.commit(commitId), problems).atHead();
        }
        catch (IOException e) {
            throw new GovernanceException("cannot read the manifests of " + commitId + " in " + repository + ": "
                    + e.getMessage(), e);
        }
    }
}
