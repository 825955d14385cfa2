package io.jenkins.plugins.aigov.provenance;

import java.nio.file.Path;

import hudson.EnvVars;

import io.jenkins.plugins.aigov.engine.testing.GitFixture;

/** A repository with one human, one AI-assisted and one unmarked commit, analysed into an outcome. */
final class ProvenanceFixture {
    private ProvenanceFixture() {
    }

    /** Builds the repository in {@code workspace} and runs the callable over it, as the agent would. */
    static ProvenanceOutcome analyse(final Path workspace) throws Exception {
        try (GitFixture git = GitFixture.init(workspace)) {
            Workspaces.commit(git, "README.md", 3, "Initial import");
            Workspaces.commit(git, "src/Parser.java", 5, "Add the parser\n\n" + Workspaces.CLAUDE_TRAILER + "\n");
            Workspaces.commit(git, "README.md", 2, "Fix a typo");
        }
        ProvenanceRequest request = ProvenanceRequest.of(new AiProvenanceStep(), new EnvVars());
        return new ProvenanceCallable(request).invoke(workspace.toFile(), null);
    }

    /** The same request the step would build, for tests of the request itself. */
    static ProvenanceRequest request(final String markers) throws Exception {
        AiProvenanceStep step = new AiProvenanceStep();
        step.setMarkers(markers);
        return ProvenanceRequest.of(step, new EnvVars());
    }
}
