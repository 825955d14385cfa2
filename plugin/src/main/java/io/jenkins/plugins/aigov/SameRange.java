package io.jenkins.plugins.aigov;

import java.io.File;
import java.io.IOException;
import java.util.Objects;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import io.jenkins.plugins.aigov.engine.provenance.RangeInfo;

/**
 * Whether an earlier step's result covers the same commits as this step's range: both ends resolve to the same
 * commit ids in the workspace's repository. Runs on the agent (aiGates and aiBom reuse an aiProvenance result only
 * then); anything unreadable means "no".
 */
public final class SameRange {
    private SameRange() {
    }

    /** Whether {@code earlier} covers {@code range} in the repository of {@code workspace}. */
    public static boolean test(final File workspace, final RevisionRange range, final RangeInfo earlier) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(workspace).setMustExist(true);
        if (builder.getGitDir() == null || earlier == null) {
            return false;
        }
        try (Repository repository = builder.build()) {
            String head = resolve(repository, range.head());
            String base = range.base() == null ? null : resolve(repository, range.base());
            return head != null && head.equals(earlier.headId()) && Objects.equals(base, earlier.baseId());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String resolve(final Repository repository, final String revision) {
        try {
            ObjectId id = repository.resolve(revision + "^{commit}");
            return id == null ? null : id.name();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
