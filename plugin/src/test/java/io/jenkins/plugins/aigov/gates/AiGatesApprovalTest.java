package io.jenkins.plugins.aigov.gates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.springframework.security.access.AccessDeniedException;

import io.jenkins.plugins.aigov.approval.ApprovalAction;
import io.jenkins.plugins.aigov.approval.ApprovalDecision;
import io.jenkins.plugins.aigov.approval.ApprovalJson;
import io.jenkins.plugins.aigov.approval.ApprovalRequest;
import io.jenkins.plugins.aigov.approval.FakeApprovalEnvironment;
import io.jenkins.plugins.aigov.config.AiGovernanceConfiguration;
import io.jenkins.plugins.aigov.engine.testing.GitFixture;
import io.jenkins.plugins.aigov.provenance.FakeListener;
import io.jenkins.plugins.aigov.provenance.FakeRun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The approval flow of {@code aiGates} end to end, with hand-written fakes (no Jenkins can run here): a real git
 * repository whose range has an AI commit (Claude co-author trailer) that changes the {@code Jenkinsfile}, so the
 * default hard rule {@code ai-ci-change-needs-approval} asks for an approval.
 */
class AiGatesApprovalTest {
    private static final PersonIdent DANA = GitFixture.person("Dana Developer", "dana@example.com");

    @TempDir
    Path temp;

    private Path workspace;
    private Path buildDir;
    private GitFixture git;
    private String base;
    private FakeRun run;
    private FakeListener listener;
    private FakeApprovalEnvironment approvals;
    private AiGovernanceConfiguration configuration;
    private Context context;

    @BeforeEach
    void setUp() throws Exception {
        workspace = Files.createDirectories(temp.resolve("ws"));
        buildDir = Files.createDirectories(temp.resolve("builds/9"));
        git = GitFixture.init(workspace);
        git.write("README.md", "A project\n");
        base = git.commit("Initial import", DANA).name();
        git.write("Jenkinsfile", "pipeline { agent any; stages { stage('x') { steps { sh 'curl x | sh' } } } }\n");
        git.commit("Speed up the build\n\nCo-authored-by: Claude <noreply@anthropic.com>\n", DANA);
        configuration = new AiGovernanceConfiguration();
        configuration.setRetries(0);
        configuration.setCacheTtlHours(0);
        run = new FakeRun(buildDir.toFile(), 9);
        listener = new FakeListener();
        approvals = new FakeApprovalEnvironment();
    }

    @AfterEach
    void tearDown() {
        approvals.close();
        git.close();
    }

    private AiGatesStep.Execution start(final AiGatesStep step) throws Exception {
        step.setBase(base);
        context = new Context();
        context.objects.put(Run.class, run);
        context.objects.put(FilePath.class, new FilePath(workspace.toFile()));
        context.objects.put(TaskListener.class, listener);
        context.objects.put(EnvVars.class, new EnvVars());
        context.objects.put(FlowNode.class, new FakeFlowNode());
        AiGatesStep.Execution execution = new AiGatesStep.Execution(step, context,
                new FakeGatesEnvironment(configuration), approvals);
        assertThat(execution.start()).isFalse();
        return execution;
    }

    /** Waits until the step registered its request; the step must not have finished. */
    private ApprovalRequest awaitPending() throws Exception {
        long until = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < until) {
            ApprovalAction action = run.getAction(ApprovalAction.class);
            if (action != null && action.isPending()) {
                Thread.sleep(200);
                assertThat(context.outcome).as(listener.text()).isNotDone();
                return action.getPendingRequests().get(0);
            }
            assertThat(context.outcome).as(listener.text()).isNotDone();
            Thread.sleep(50);
        }
        throw new AssertionError("no approval request: " + listener.text());
    }

    private void decide(final boolean approve, final String comment) {
        run.getAction(ApprovalAction.class).submitDecision("POST", false, null,
                approve ? ApprovalDecision.Kind.APPROVED : ApprovalDecision.Kind.REJECTED, comment);
    }

    @Test
    void shouldWaitAndReturnTheSummaryOnceApproved() throws Exception {
        start(new AiGatesStep());

        ApprovalRequest request = awaitPending();

        assertThat(request.getId()).isEqualTo("7");
        assertThat(request.getReason()).contains("APPROVAL");
        assertThat(request.getExplanation()).isNotEmpty();
        assertThat(request.getAiAuthors()).extracting(a -> a.getEmail())
                .contains("dana@example.com", "noreply@anthropic.com");
        assertThat(listener.text()).contains("[aiGates] waiting up to 1440 minute(s) for an approval")
                .contains("approve or reject");

        approvals.as("dana", true);
        assertThatThrownBy(() -> decide(true, "mine")).isInstanceOf(AccessDeniedException.class);
        assertThat(context.outcome).isNotDone();

        approvals.as("erin", true);
        decide(true, "reviewed the Jenkinsfile");

        Map<?, ?> result = (Map<?, ?>) context.outcome.get(30, TimeUnit.SECONDS);
        assertThat(result.get("outcome")).isEqualTo("APPROVAL");
        assertThat(result.get("approval")).isEqualTo("APPROVED");
        assertThat(result.get("approvedBy")).isEqualTo("erin");
        assertThat(run.getResult()).isNull();
        assertThat(Files.readString(buildDir.resolve(ApprovalJson.FILE))).contains("\"userId\" : \"erin\"",
                "reviewed the Jenkinsfile", "\"decision\" : \"APPROVED\"");
        assertThat(listener.text()).contains("[aiGates] approval APPROVED by erin");
    }

    @Test
    void shouldFailTheStepWhenRejected() throws Exception {
        start(new AiGatesStep());
        awaitPending();
        approvals.as("erin", true);

        decide(false, "curl | sh, really?");

        assertThatThrownBy(() -> context.outcome.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(AbortException.class)
                .hasMessageContaining("aiGates: approval REJECTED by erin").hasMessageContaining("curl | sh");
    }

    @Test
    void shouldEndTheWaitCleanlyWhenTheBuildIsAborted() throws Exception {
        AiGatesStep.Execution execution = start(new AiGatesStep());
        ApprovalRequest request = awaitPending();
        InterruptedException cause = new InterruptedException("aborted by user");

        execution.stop(cause);

        assertThatThrownBy(() -> context.outcome.get(5, TimeUnit.SECONDS)).hasCause(cause);
        long until = System.currentTimeMillis() + 10_000;
        while (request.isPending() && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        assertThat(request.getDecision().getKind()).isEqualTo(ApprovalDecision.Kind.ABORTED);
        // the decision is set in memory first and written to the run directory right after, on the timer thread
        while (!Files.readString(buildDir.resolve(ApprovalJson.FILE)).contains("ABORTED")
                && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        assertThat(Files.readString(buildDir.resolve(ApprovalJson.FILE))).contains("ABORTED");
        approvals.as("erin", true);
        decide(true, "too late"); // a late decision changes nothing
        assertThat(request.getDecision().getKind()).isEqualTo(ApprovalDecision.Kind.ABORTED);
    }

    @Test
    void shouldLetTheStepShortenButNotLengthenTheTimeOut() throws Exception {
        configuration.setApprovalTimeoutMinutes(30);
        AiGatesStep step = new AiGatesStep();
        step.setApprovalTimeoutMinutes(90);
        start(step);

        ApprovalRequest request = awaitPending();

        assertThat(request.getDeadline() - request.getRequestedAt()).isEqualTo(30 * 60_000L);
        assertThat(listener.text()).contains("ignored approvalTimeoutMinutes 90: longer than the admin's 30");
    }

    @Test
    void shouldFailWithTimedOutWhenNobodyDecides() throws Exception {
        AiGatesStep.Execution execution = start(new AiGatesStep());
        ApprovalRequest request = awaitPending();
        ApprovalAction action = run.getAction(ApprovalAction.class);

        // the controller's timer fires (a whole minute is too long for a unit test)
        action.decide(request.getId(), new ApprovalDecision(ApprovalDecision.Kind.TIMED_OUT, null, null,
                System.currentTimeMillis(), "no decision within 1440 minute(s)"));

        assertThatThrownBy(() -> context.outcome.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(AbortException.class)
                .hasMessageContaining("approval TIMED_OUT");
        assertThat(execution.getStatus()).contains("waiting for an approval");
    }

    /** A step context whose outcome the test can look at without waiting (hand-written, like FakeStepContext). */
    private static final class Context extends StepContext {
        private static final long serialVersionUID = 1L;
        private final transient Map<Class<?>, Object> objects = new HashMap<>();
        private final transient CompletableFuture<Object> outcome = new CompletableFuture<>();

        @Override
        public <T> T get(final Class<T> key) {
            return key.cast(objects.get(key));
        }

        @Override
        public void onSuccess(final Object result) {
            outcome.complete(result);
        }

        @Override
        public void onFailure(final Throwable t) {
            outcome.completeExceptionally(t);
        }

        @Override
        public boolean equals(final Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
