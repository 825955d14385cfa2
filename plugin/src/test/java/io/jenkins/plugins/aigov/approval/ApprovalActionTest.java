package io.jenkins.plugins.aigov.approval;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.thoughtworks.xstream.XStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.interceptor.RequirePOST;
import org.springframework.security.access.AccessDeniedException;

import io.jenkins.plugins.aigov.provenance.FakeRun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The approval action and its web methods, with hand-written fakes (no Jenkins can run here): {@link FakeRun},
 * {@link FakeApprovalEnvironment} as the logged-in user. Most tests call {@link ApprovalAction#submitDecision}, which
 * the web methods wrap, with the HTTP method and API-token flag a request would give; the web methods themselves are
 * driven with proxies of Stapler's request and response (no servlet container runs here).
 */
class ApprovalActionTest {
    private static final String ID = "7";

    @TempDir
    Path buildDir;

    private FakeRun run;
    private FakeApprovalEnvironment environment;
    private ApprovalAction action;
    private final CompletableFuture<ApprovalRequest> heard = new CompletableFuture<>();

    @BeforeEach
    void setUp() throws Exception {
        run = new FakeRun(buildDir.toFile(), 5);
        environment = new FakeApprovalEnvironment();
        action = ApprovalAction.of(run).withEnvironment(environment);
    }

    @AfterEach
    void tearDown() {
        environment.close();
    }

    private ApprovalRequest pending(final List<String> approvers, final long timeoutMillis) {
        long now = System.currentTimeMillis();
        ApprovalRequest request = new ApprovalRequest(ID, "APPROVAL: hard rule ai-ci-change-needs-approval",
                "HIGH", 63.4, List.of("score 63.4 -> HIGH", "hard rule: CI config"),
                List.of(new CommitIdentity("Dana Developer", "dana@example.com", "author", "abc123"),
                        new CommitIdentity("Claude", "noreply@anthropic.com", "co-author", "abc123"),
                        new CommitIdentity("github-actions[bot]",
                                "41898282+github-actions[bot]@users.noreply.github.com", "committer", "abc123")),
                approvers, now, now + timeoutMillis);
        action.add(request);
        action.await(ID, heard::complete);
        return request;
    }

    private int post(final boolean approve, final String comment) {
        return call("POST", approve, comment, false);
    }

    private int call(final String method, final boolean approve, final String comment, final boolean apiToken) {
        return action.submitDecision(method, apiToken, ID,
                approve ? ApprovalDecision.Kind.APPROVED : ApprovalDecision.Kind.REJECTED, comment);
    }

    @Test
    void shouldBeHiddenUntilThereIsARequestAndPendingThen() {
        assertThat(action.getUrlName()).isNull();
        assertThat(action.getIconFileName()).isNull();

        pending(List.of(), 60_000);

        assertThat(action.getUrlName()).isEqualTo("ai-approval");
        assertThat(action.isPending()).isTrue();
        assertThat(heard).isNotDone();
    }

    @Test
    void shouldRecordTheApprovalOfAUserWithBuildPermission() throws Exception {
        pending(List.of(), 60_000);
        environment.as("erin", true);
        long before = System.currentTimeMillis();

        assertThat(post(true, " looks fine ")).isEqualTo(200);

        ApprovalRequest decided = heard.get(5, TimeUnit.SECONDS);
        ApprovalDecision decision = decided.getDecision();
        assertThat(decision.getKind()).isEqualTo(ApprovalDecision.Kind.APPROVED);
        assertThat(decision.getUserId()).isEqualTo("erin");
        assertThat(decision.getViaApiToken()).isFalse();
        assertThat(decision.getComment()).isEqualTo("looks fine");
        assertThat(decision.getTime()).isBetween(before, System.currentTimeMillis());
        assertThat(action.isPending()).isFalse();
        String json = Files.readString(buildDir.resolve(ApprovalJson.FILE));
        assertThat(json).contains("\"decision\" : \"APPROVED\"", "\"userId\" : \"erin\"", "\"isPerson\" : true",
                "\"comment\" : \"looks fine\"", "\"tier\" : \"HIGH\"", "\"score\" : 63.4", "hard rule: CI config");
    }

    @Test
    void shouldRecordARejectionAndThatAnApiTokenWasUsed() throws Exception {
        pending(List.of(), 60_000);
        environment.as("erin", true);

        call("POST", false, "no", true);

        ApprovalDecision decision = heard.get(5, TimeUnit.SECONDS).getDecision();
        assertThat(decision.getKind()).isEqualTo(ApprovalDecision.Kind.REJECTED);
        assertThat(decision.getViaApiToken()).isTrue();
        assertThat(decision.describe()).startsWith("REJECTED by erin (API token) at ").endsWith(": no");
    }

    @Test
    void shouldRefuseAUserWithoutBuildPermissionAndRecordNothing() {
        pending(List.of(), 60_000);
        environment.as("mallory", false);

        assertThatThrownBy(() -> post(true, null)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("mallory lacks Job/Build");
        assertThat(action.isPending()).isTrue();
        assertThat(heard).isNotDone();
        assertThat(buildDir.resolve(ApprovalJson.FILE)).content().contains("\"decision\" : null");
    }

    @Test
    void shouldRefuseAnonymous() {
        pending(List.of(), 60_000);

        assertThatThrownBy(() -> post(true, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(action.isPending()).isTrue();
    }

    @Test
    void shouldRefuseTheAuthorOfTheAiCommitsBySameIdOrEmail() {
        pending(List.of(), 60_000);

        for (String id : List.of("dana", "DANA@example.com", "Dana Developer", "github-actions", "noreply")) {
            environment.as(id, true);
            assertThatThrownBy(() -> post(true, "self-approval")).as(id).isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("separation of duties");
        }
        assertThat(action.isPending()).isTrue();
        assertThat(heard).isNotDone();
    }

    @Test
    void shouldRefuseTheAuthorEvenInTheApproverGroup() {
        pending(List.of("release-managers"), 60_000);
        environment.as("dana@example.com", true, "release-managers");

        assertThatThrownBy(() -> post(true, null)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("author of AI commit abc123");
    }

    @Test
    void shouldAcceptAMemberOfAConfiguredApproverGroupOnly() throws Exception {
        pending(List.of("release-managers", "zoe"), 60_000);
        environment.as("erin", true, "developers");
        assertThatThrownBy(() -> post(true, null)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("not one of the configured approvers");

        environment.as("frank", false, "Release-Managers");
        post(true, "ok");

        assertThat(heard.get(5, TimeUnit.SECONDS).getDecision().getUserId()).isEqualTo("frank");
    }

    @Test
    void shouldAnswerOnlyPostAndBeAnnotatedRequirePost() throws Exception {
        for (String name : List.of("doApprove", "doReject")) {
            Method method = ApprovalAction.class.getMethod(name, StaplerRequest2.class, StaplerResponse2.class,
                    String.class, String.class);
            assertThat(method.isAnnotationPresent(RequirePOST.class)).as(name).isTrue();
        }
        pending(List.of(), 60_000);
        environment.as("erin", true);

        assertThat(call("GET", true, null, false)).isEqualTo(405);
        assertThat(call("GET", false, null, false)).isEqualTo(405);
        assertThat(action.isPending()).isTrue();
    }

    @Test
    void shouldRecordAPostedApprovalAndRedirectToThePage() throws Exception {
        pending(List.of(), 60_000);
        environment.as("erin", true);
        WebCall call = new WebCall("POST", true);

        action.doApprove(call.request(), call.response(), ID, "ship it");

        assertThat(call.redirect).isEqualTo(".");
        assertThat(call.error).isZero();
        ApprovalDecision decision = heard.get(5, TimeUnit.SECONDS).getDecision();
        assertThat(decision.getKind()).isEqualTo(ApprovalDecision.Kind.APPROVED);
        assertThat(decision.getViaApiToken()).isTrue();
        assertThat(decision.getComment()).isEqualTo("ship it");
    }

    @Test
    void shouldAnswerAGetOfTheWebMethodsWith405AndRecordNothing() throws Exception {
        pending(List.of(), 60_000);
        environment.as("erin", true);
        WebCall approve = new WebCall("GET", false);
        WebCall reject = new WebCall("GET", false);

        action.doApprove(approve.request(), approve.response(), ID, null);
        action.doReject(reject.request(), reject.response(), ID, null);

        assertThat(approve.error).isEqualTo(405);
        assertThat(reject.error).isEqualTo(405);
        assertThat(approve.redirect).isNull();
        assertThat(action.isPending()).isTrue();
    }

    @Test
    void shouldRefuseAWebRejectionByAUserWithoutPermission() {
        pending(List.of(), 60_000);
        environment.as("frank", false);
        WebCall call = new WebCall("POST", false);

        assertThatThrownBy(() -> action.doReject(call.request(), call.response(), ID, "no"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(action.isPending()).isTrue();
        assertThat(call.redirect).isNull();
    }

    @Test
    void shouldAnswer404ForAnUnknownRequestFromTheWeb() throws Exception {
        pending(List.of(), 60_000);
        environment.as("erin", true);
        WebCall call = new WebCall("POST", false);

        action.doApprove(call.request(), call.response(), "no-such-id", null);

        assertThat(call.error).isEqualTo(404);
        assertThat(action.isPending()).isTrue();
    }

    /** A request and response as Stapler would pass them, recording what the web method answers. */
    private static final class WebCall {
        private final String method;
        private final boolean apiToken;
        private String redirect;
        private int error;

        WebCall(final String method, final boolean apiToken) {
            this.method = method;
            this.apiToken = apiToken;
        }

        StaplerRequest2 request() {
            return (StaplerRequest2) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {StaplerRequest2.class}, (self, m, args) -> switch (m.getName()) {
                        case "getMethod" -> method;
                        case "getAttribute" -> JenkinsApprovalEnvironment.API_TOKEN_ATTRIBUTE.equals(args[0])
                                ? Boolean.valueOf(apiToken) : null;
                        default -> throw new UnsupportedOperationException(m.getName());
                    });
        }

        StaplerResponse2 response() {
            return (StaplerResponse2) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {StaplerResponse2.class}, (self, m, args) -> {
                        switch (m.getName()) {
                            case "sendRedirect" -> redirect = (String) args[0];
                            case "sendError" -> error = (Integer) args[0];
                            default -> throw new UnsupportedOperationException(m.getName());
                        }
                        return null;
                    });
        }
    }

    @Test
    void shouldAcceptOneDecisionOnly() throws Exception {
        pending(List.of(), 60_000);
        environment.as("erin", true);
        post(true, null);

        assertThat(post(false, null)).isEqualTo(409);
        assertThat(action.getRequest(ID).getDecision().getKind()).isEqualTo(ApprovalDecision.Kind.APPROVED);
    }

    @Test
    void shouldRejectWhenTheTimeOutPasses() throws Exception {
        pending(List.of(), 200);

        ApprovalDecision decision = heard.get(10, TimeUnit.SECONDS).getDecision();
        assertThat(decision.getKind()).isEqualTo(ApprovalDecision.Kind.TIMED_OUT);
        assertThat(decision.getUserId()).isNull();
        assertThat(Files.readString(buildDir.resolve(ApprovalJson.FILE))).contains("TIMED_OUT");
    }

    @Test
    void shouldShowTheFormOnlyToUsersWhoMayDecide() {
        ApprovalRequest request = pending(List.of(), 60_000);
        environment.as("dana", true);
        assertThat(action.canDecide(request)).isFalse();
        assertThat(action.refusalFor(request)).contains("separation of duties");
        environment.as("erin", true);
        assertThat(action.canDecide(request)).isTrue();
    }

    @Test
    void shouldSurviveAReloadFromBuildXmlWithTheDecision() throws Exception {
        pending(List.of("qa"), 60_000);
        environment.as("erin", true, "qa");
        call("POST", true, "ship it", true);
        XStream xstream = new XStream();
        xstream.allowTypesByWildcard(new String[] {"io.jenkins.plugins.aigov.**"});

        String xml = xstream.toXML(action);
        ApprovalAction restored = (ApprovalAction) xstream.fromXML(xml);
        restored.onLoad(run);

        assertThat(xml).doesNotContain("waiters", "timeouts", "environment");
        ApprovalRequest request = restored.getRequest(ID);
        assertThat(request.getTier()).isEqualTo("HIGH");
        assertThat(request.getExplanation()).containsExactly("score 63.4 -> HIGH", "hard rule: CI config");
        assertThat(request.getAiAuthors()).extracting(CommitIdentity::getEmail).contains("dana@example.com");
        assertThat(request.getApprovers()).containsExactly("qa");
        ApprovalDecision decision = request.getDecision();
        assertThat(decision.getKind()).isEqualTo(ApprovalDecision.Kind.APPROVED);
        assertThat(decision.getUserId()).isEqualTo("erin");
        assertThat(decision.getViaApiToken()).isTrue();
        assertThat(decision.getComment()).isEqualTo("ship it");
        assertThat(decision.getTime()).isEqualTo(action.getRequest(ID).getDecision().getTime());
    }

    @Test
    void shouldDeliverADecisionMadeWhileTheControllerRestartedWhenTheExecutionResumes() throws Exception {
        long now = System.currentTimeMillis();
        action.add(new ApprovalRequest(ID, "r", "HIGH", 50, List.of(), List.of(), List.of(), now, now + 60_000));
        XStream xstream = new XStream();
        xstream.allowTypesByWildcard(new String[] {"io.jenkins.plugins.aigov.**"});
        ApprovalAction restored = ((ApprovalAction) xstream.fromXML(xstream.toXML(action)))
                .withEnvironment(environment);
        restored.onLoad(run);
        environment.as("erin", true);
        assertThat(restored.submitDecision("POST", false, null, ApprovalDecision.Kind.APPROVED, "during restart"))
                .isEqualTo(200);

        restored.await(ID, heard::complete); // the execution's onResume

        assertThat(heard.get(5, TimeUnit.SECONDS).getDecision().getComment()).isEqualTo("during restart");
    }
}
