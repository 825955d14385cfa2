// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (jenkins.model.ArtifactManager); compile-only, never packaged.
package jenkins.model;

import java.io.IOException;
import java.util.Map;

import hudson.FilePath;
import hudson.Launcher;
import hudson.model.BuildListener;

/** Stores the artifacts of a build (in the run directory, or elsewhere with an artifact-manager plugin). */
public abstract class ArtifactManager {
    /**
     * Archives files: {@code artifacts} maps a path in the archive to a path relative to {@code workspace}.
     */
    public abstract void archive(FilePath workspace, Launcher launcher, BuildListener listener,
            Map<String, String> artifacts) throws IOException, InterruptedException;
}
