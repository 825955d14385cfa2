package io.jenkins.plugins.aigov.provenance;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;

import io.jenkins.plugins.aigov.engine.provenance.CommitProvenance;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;
import io.jenkins.plugins.aigov.engine.report.ProvenanceJson;
import io.jenkins.plugins.aigov.engine.report.ReportFiles;
import io.jenkins.plugins.aigov.engine.testing.GitFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Drives the step's execution end to end through {@link FakeStepContext} over a real git repository. */
class AiProvenanceStepTest {
    private static final String MARKERS = "# our internal bot\ntrailer X-AI-Tool AI_GENERATED agent=internal-bot\n";

    @TempDir
    Path workspace;
    @TempDir
    Path buildDir;

    private GitFixture git;
    private String initial;
    private String assisted;
    private String typo;
    private String tooled;
    private FakeRun run;
    private FakeListener listener;

    @BeforeEach
    void createRepository() throws Exception {
        git = GitFixture.init(workspace);
        initial = Workspaces.commit(git, "README.md", 3, "Initial import");
        assisted = Workspaces.commit(git, "src/Parser.java", 5, "Add the parser\n\n"
                + "Generated with [Claude Code](https://claude.com/claude-code)\n\n" + Workspaces.CLAUDE_TRAILER + "\n");
        typo = Workspaces.commit(git, "README.md", 2, "Fix a typo");
        tooled = Workspaces.commit(git, "build.gradle", 4, "Tune the build\n\nX-AI-Tool: internal\n");
        run = new FakeRun(buildDir.toFile(), 42);
        listener = new FakeListener();
    }

    @AfterEach
    void closeRepository() {
        git.close();
    }

    @Test
    void shouldAttachTheActionWriteBothFilesLogAndReturnTheSummary() throws Exception {
        AiProvenanceStep step = new AiProvenanceStep();
        step.setBase(initial);

        Map<String, Object> result = execute(step, new EnvVars());

        assertThat(result).containsEntry("commits", 3).containsEntry("aiAssisted", 1).containsEntry("aiCommits", 1)
                .containsEntry("base", initial).containsEntry("head", tooled).containsEntry("partial", false)
                .containsKeys("addedLines", "aiAddedLines", "aiSharePercent", "topAgent", "topModel");
        ProvenanceAction action = run.getAction(ProvenanceAction.class);
        assertThat(action).isNotNull();
        assertThat(action.getOwner()).isSameAs(run);
        assertThat(action.getSummary().toMap()).isEqualTo(result);
        assertThat(buildDir.resolve(ReportFiles.PROVENANCE_JSON)).isRegularFile();
        assertThat(Files.readString(buildDir.resolve(ReportFiles.PROVENANCE_STATEMENT)))
                .startsWith("{").contains("https://in-toto.io/Statement/v1").endsWith("\n");
        try (InputStream in = Files.newInputStream(buildDir.resolve(ReportFiles.PROVENANCE_JSON))) {
            ProvenanceResult detail = ProvenanceJson.read(in);
            assertThat(detail.commits()).extracting(CommitProvenance::id).containsExactly(tooled, typo, assisted);
        }
        assertThat(listener.text())
                .contains("[aiProvenance] analysing " + initial + " (base parameter) .. HEAD (default)")
                .contains("[aiProvenance] 3 commit(s): 0 AI-generated, 1 AI-assisted")
                .contains("AI provenance report");
    }

    @Test
    void shouldTakeTheRangeFromTheGitPluginsVariables() throws Exception {
        EnvVars env = new EnvVars(ProvenanceRequest.PREVIOUS_SUCCESSFUL_COMMIT, assisted,
                ProvenanceRequest.COMMIT, typo);

        Map<String, Object> result = execute(new AiProvenanceStep(), env);

        assertThat(result).containsEntry("commits", 1).containsEntry("base", assisted).containsEntry("head", typo);
        assertThat(listener.text()).contains(assisted + " (GIT_PREVIOUS_SUCCESSFUL_COMMIT) .. " + typo
                + " (GIT_COMMIT)");
    }

    @Test
    void shouldNotFailTheBuildWhenThePreviousSuccessfulCommitIsGone() throws Exception {
        String forcePushedAway = "0123456789abcdef0123456789abcdef01234567";
        EnvVars env = new EnvVars(ProvenanceRequest.PREVIOUS_SUCCESSFUL_COMMIT, forcePushedAway,
                ProvenanceRequest.COMMIT, typo);

        Map<String, Object> result = execute(new AiProvenanceStep(), env);

        assertThat(result).containsEntry("partial", true).containsEntry("commits", 3);
        assertThat(listener.text()).contains("base " + forcePushedAway);
    }

    @Test
    void shouldPreferTheParametersOverTheVariables() throws Exception {
        AiProvenanceStep step = new AiProvenanceStep();
        step.setBase(initial);
        step.setHead(assisted);
        EnvVars env = new EnvVars(ProvenanceRequest.PREVIOUS_SUCCESSFUL_COMMIT, typo, ProvenanceRequest.COMMIT, typo);

        Map<String, Object> result = execute(step, env);

        assertThat(result).containsEntry("commits", 1).containsEntry("aiAssisted", 1).containsEntry("head", assisted);
    }

    @Test
    void shouldAnalyseTheWholeHistoryWithoutBase() throws Exception {
        Map<String, Object> result = execute(new AiProvenanceStep(), new EnvVars());

        assertThat(result).containsEntry("commits", 4).containsEntry("base", null);
        assertThat(listener.text()).contains("the whole history (at most 5000 commits)");
    }

    @Test
    void shouldApplyTheMarkerRules() throws Exception {
        AiProvenanceStep step = new AiProvenanceStep();
        step.setBase(initial);
        step.setMarkers(MARKERS);

        Map<String, Object> result = execute(step, new EnvVars());

        assertThat(result).containsEntry("aiGenerated", 1).containsEntry("aiAssisted", 1)
                .containsEntry("aiCommits", 2);
        assertThat(listener.text()).contains("with 1 marker rule(s)");
        try (InputStream in = Files.newInputStream(buildDir.resolve(ReportFiles.PROVENANCE_JSON))) {
            CommitProvenance commit = ProvenanceJson.read(in).commits().get(0);
            assertThat(commit.id()).isEqualTo(tooled);
            assertThat(commit.agent()).isEqualTo("internal-bot");
            assertThat(commit.evidence()).anySatisfy(e -> assertThat(e.signal()).isEqualTo("marker-rule"));
        }
    }

    @Test
    void shouldAbortWithTheEnginesMessageOnAnUnknownRevision() {
        AiProvenanceStep step = new AiProvenanceStep();
        step.setBase("no-such-revision");

        assertThatThrownBy(() -> execute(step, new EnvVars()))
                .isInstanceOf(AbortException.class)
                .hasMessageStartingWith("aiProvenance: ")
                .hasMessageContaining("no-such-revision");
        assertThat(run.getAction(ProvenanceAction.class)).isNull();
        assertThat(buildDir.resolve(ReportFiles.PROVENANCE_JSON)).doesNotExist();
    }

    @Test
    void shouldAbortBeforeTheAnalysisOnAnInvalidMarkerRule() {
        AiProvenanceStep step = new AiProvenanceStep();
        step.setMarkers("trailer X-AI-Tool\nfooter X-Other\n");

        assertThatThrownBy(() -> execute(step, new EnvVars()))
                .isInstanceOf(AbortException.class)
                .hasMessageContaining("aiProvenance markers:2")
                .hasMessageContaining("footer");
        assertThat(listener.text()).doesNotContain("analysing");
    }

    @Test
    void shouldAbortWhenTheWorkspaceIsNotAGitRepository(@TempDir final Path empty) {
        FakeStepContext context = context(new EnvVars()).with(FilePath.class, new FilePath(empty.toFile()));

        assertThatThrownBy(() -> run(new AiProvenanceStep(), context)).isInstanceOf(AbortException.class);
    }

    @Test
    void shouldNameTheMissingContextObject() {
        FakeStepContext context = new FakeStepContext().with(Run.class, run).with(TaskListener.class, listener);

        assertThatThrownBy(() -> run(new AiProvenanceStep(), context))
                .isInstanceOf(AbortException.class)
                .hasMessageContaining("FilePath");
    }

    @Test
    void shouldNormaliseTheParametersOnEntry() {
        AiProvenanceStep step = new AiProvenanceStep();
        step.setBase("  origin/main \n");
        step.setHead("   ");
        step.setMarkers("\n  trailer X-AI-Tool  \n\n");

        assertThat(step.getBase()).isEqualTo("origin/main");
        assertThat(step.getHead()).isNull();
        assertThat(step.getMarkers()).isEqualTo("trailer X-AI-Tool");
        assertThat(step.getMaxCommits()).isEqualTo(5000);
        assertThatIllegalArgumentException().isThrownBy(() -> step.setMaxCommits(0))
                .withMessageContaining("maxCommits must be at least 1, was 0");
    }

    @Test
    void shouldDescribeTheStepForPipelineAndTheSnippetGenerator() {
        AiProvenanceStep.DescriptorImpl descriptor = new AiProvenanceStep.DescriptorImpl();

        assertThat(descriptor.getFunctionName()).isEqualTo("aiProvenance");
        assertThat(descriptor.getDisplayName()).isEqualTo("Record the AI provenance of the build's commits");
        assertThat(Set.<Class<?>>copyOf(descriptor.getRequiredContext()))
                .containsExactlyInAnyOrder(Run.class, FilePath.class, TaskListener.class, EnvVars.class);
        assertThat(descriptor.takesImplicitBlockArgument()).isFalse();
    }

    @Test
    void shouldValidateMaxCommits() {
        AiProvenanceStep.DescriptorImpl descriptor = new AiProvenanceStep.DescriptorImpl();

        assertThat(descriptor.doCheckMaxCommits("").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(descriptor.doCheckMaxCommits(" 200 ").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(descriptor.doCheckMaxCommits("0").kind).isEqualTo(FormValidation.Kind.ERROR);
        FormValidation text = descriptor.doCheckMaxCommits("many");
        assertThat(text.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(text.getMessage()).isEqualTo("Enter a whole number of at least 1, not 'many'.");
    }

    @Test
    void shouldValidateMarkersNamingTheOffendingLine() {
        AiProvenanceStep.DescriptorImpl descriptor = new AiProvenanceStep.DescriptorImpl();

        assertThat(descriptor.doCheckMarkers("").kind).isEqualTo(FormValidation.Kind.OK);
        FormValidation valid = descriptor.doCheckMarkers(MARKERS);
        assertThat(valid.kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(valid.getMessage()).isEqualTo("1 marker rule(s).");
        FormValidation invalid = descriptor.doCheckMarkers("message [unclosed");
        assertThat(invalid.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(invalid.getMessage()).startsWith("aiProvenance markers:1:").contains("[unclosed");
    }

    private FakeStepContext context(final EnvVars env) {
        return new FakeStepContext().with(Run.class, run).with(TaskListener.class, listener)
                .with(EnvVars.class, env).with(FilePath.class, new FilePath(workspace.toFile()));
    }

    private Map<String, Object> execute(final AiProvenanceStep step, final EnvVars env) throws Exception {
        return run(step, context(env));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> run(final AiProvenanceStep step, final FakeStepContext context)
            throws Exception {
        assertThat(step.start(context).start()).as("asynchronous").isFalse();
        return (Map<String, Object>) context.await();
    }
}
