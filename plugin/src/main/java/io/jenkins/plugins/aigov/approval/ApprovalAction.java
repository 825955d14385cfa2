package io.jenkins.plugins.aigov.approval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import hudson.model.Run;
import jenkins.model.RunAction2;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.interceptor.RequirePOST;
import org.springframework.security.access.AccessDeniedException;

/**
 * The build's approvals: every {@code aiGates} call of the build that waited for a decision (pending or decided),
 * at {@code <build>/ai-approval/}. Persisted in {@code build.xml} (the requests and decisions; plain classes) and in
 * {@code ai-approval.json}. The live side is transient: the waiting step execution registers itself with
 * {@link #await} when it starts waiting and again after a controller restart ({@code onResume}), and the time-out is
 * scheduled then on the controller's timer.
 *
 * <p>Approve and Reject are {@link RequirePOST} web methods (Stapler refuses other methods; core's crumb filter
 * checks the CSRF crumb of every POST); they check who asks with {@link ApprovalRules} before anything changes.
 */
public final class ApprovalAction implements RunAction2 {
    /** The URL below the build. */
    public static final String URL_NAME = "ai-approval";

    private static final Logger LOGGER = Logger.getLogger(ApprovalAction.class.getName());

    private final ArrayList<ApprovalRequest> requests = new ArrayList<>();

    private transient Run<?, ?> run;
    private transient Map<String, ApprovalWaiter> waiters;
    private transient Map<String, ScheduledFuture<?>> timeouts;
    private transient ApprovalEnvironment environment;

    /** The action of {@code run}, added if missing. */
    public static ApprovalAction of(final Run<?, ?> run) {
        synchronized (run) {
            ApprovalAction action = run.getAction(ApprovalAction.class);
            if (action == null) {
                action = new ApprovalAction();
                run.addAction(action);
            }
            return action;
        }
    }

    /** Uses {@code value} instead of the running Jenkins (tests). */
    public ApprovalAction withEnvironment(final ApprovalEnvironment value) {
        this.environment = value;
        return this;
    }

    ApprovalEnvironment environment() {
        return environment == null ? JenkinsApprovalEnvironment.INSTANCE : environment;
    }

    // ---- RunAction2

    @Override
    public void onAttached(final Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public void onLoad(final Run<?, ?> r) {
        this.run = r;
    }

    public Run<?, ?> getRun() {
        return run;
    }

    // ---- Action: visible only once there is a request

    @Override
    public String getIconFileName() {
        return getRequests().isEmpty() ? null : "symbol-lock-closed";
    }

    @Override
    public String getDisplayName() {
        if (getRequests().isEmpty()) {
            return null;
        }
        return isPending() ? "AI approval (pending)" : "AI approval";
    }

    @Override
    public String getUrlName() {
        return getRequests().isEmpty() ? null : URL_NAME;
    }

    // ---- the requests

    public synchronized List<ApprovalRequest> getRequests() {
        return List.copyOf(requests);
    }

    public synchronized List<ApprovalRequest> getPendingRequests() {
        return requests.stream().filter(ApprovalRequest::isPending).toList();
    }

    public boolean isPending() {
        return !getPendingRequests().isEmpty();
    }

    /** The request with this id, or {@code null}. */
    public synchronized ApprovalRequest getRequest(final String id) {
        for (ApprovalRequest request : requests) {
            if (request.getId().equals(id)) {
                return request;
            }
        }
        return null;
    }

    /** Adds a request (replacing one with the same id) and persists it. */
    public void add(final ApprovalRequest request) {
        synchronized (this) {
            requests.removeIf(r -> r.getId().equals(request.getId()));
            requests.add(request);
        }
        persist();
    }

    /**
     * Registers the live waiter of a request and schedules its time-out; if the request is already decided (e.g.
     * while the controller restarted) the waiter hears it at once.
     */
    public void await(final String id, final ApprovalWaiter waiter) {
        ApprovalRequest request = getRequest(id);
        if (request == null) {
            throw new IllegalStateException("no approval request " + id + " in " + run);
        }
        synchronized (this) {
            if (request.isPending()) {
                waiters().put(id, waiter);
                long delay = Math.max(0, request.getDeadline() - System.currentTimeMillis());
                timeouts().put(id, environment().timer().schedule(() -> timeOut(id), delay, TimeUnit.MILLISECONDS));
                return;
            }
        }
        waiter.decided(request);
    }

    /** Forgets the waiter and the time-out of a request without deciding it (the execution stops by itself). */
    public synchronized void abandon(final String id) {
        waiters().remove(id);
        ScheduledFuture<?> timeout = timeouts().remove(id);
        if (timeout != null) {
            timeout.cancel(false);
        }
    }

    /**
     * Records a decision unless the request has one, persists it and tells the waiter.
     *
     * @return whether this decision was recorded (false: unknown request or decided before)
     */
    public boolean decide(final String id, final ApprovalDecision decision) {
        ApprovalRequest request = getRequest(id);
        if (request == null || !request.decide(decision)) {
            return false;
        }
        ApprovalWaiter waiter;
        synchronized (this) {
            waiter = waiters().remove(id);
            ScheduledFuture<?> timeout = timeouts().remove(id);
            if (timeout != null) {
                timeout.cancel(false);
            }
        }
        persist();
        if (waiter != null) {
            waiter.decided(request);
        }
        return true;
    }

    void timeOut(final String id) {
        ApprovalRequest request = getRequest(id);
        if (request == null) {
            return;
        }
        long minutes = Math.max(1, (request.getDeadline() - request.getRequestedAt()) / 60_000);
        decide(id, new ApprovalDecision(ApprovalDecision.Kind.TIMED_OUT, null, null, System.currentTimeMillis(),
                "no decision within " + minutes + " minute(s)"));
    }

    private void persist() {
        if (run == null) {
            return;
        }
        try {
            ApprovalJson.write(run.getRootDir().toPath(), getRequests());
            run.save();
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "could not save the approvals of " + run, e);
        }
    }

    private Map<String, ApprovalWaiter> waiters() {
        if (waiters == null) {
            waiters = new HashMap<>();
        }
        return waiters;
    }

    private Map<String, ScheduledFuture<?>> timeouts() {
        if (timeouts == null) {
            timeouts = new HashMap<>();
        }
        return timeouts;
    }

    // ---- web methods

    /** Approves a pending request: {@code POST ai-approval/approve} with {@code request} (id) and {@code comment}. */
    @RequirePOST
    public void doApprove(final StaplerRequest2 req, final StaplerResponse2 rsp,
            @QueryParameter final String request, @QueryParameter final String comment) throws IOException {
        decideFromWeb(req, rsp, request, ApprovalDecision.Kind.APPROVED, comment);
    }

    /** Rejects a pending request: {@code POST ai-approval/reject} with {@code request} (id) and {@code comment}. */
    @RequirePOST
    public void doReject(final StaplerRequest2 req, final StaplerResponse2 rsp,
            @QueryParameter final String request, @QueryParameter final String comment) throws IOException {
        decideFromWeb(req, rsp, request, ApprovalDecision.Kind.REJECTED, comment);
    }

    private void decideFromWeb(final StaplerRequest2 req, final StaplerResponse2 rsp, final String id,
            final ApprovalDecision.Kind kind, final String comment) throws IOException {
        Boolean viaApiToken = Boolean.TRUE.equals(req.getAttribute(JenkinsApprovalEnvironment.API_TOKEN_ATTRIBUTE));
        int status = submitDecision(req.getMethod(), viaApiToken, id, kind, comment);
        if (status == 200) {
            rsp.sendRedirect(".");
        } else {
            rsp.sendError(status);
        }
    }

    /**
     * What the web methods do once Stapler has routed the request (not itself reachable from the web: no
     * {@code do} prefix).
     *
     * @param httpMethod  the request's method; anything but POST is refused (405)
     * @param viaApiToken whether the request authenticated with an API token
     * @param id          the request id; blank: the only pending request
     * @return 200 when recorded, 404 unknown request, 405 not a POST, 409 already decided
     * @throws AccessDeniedException (403) when the current user may not decide; nothing is recorded
     */
    public int submitDecision(final String httpMethod, final Boolean viaApiToken, final String id,
            final ApprovalDecision.Kind kind, final String comment) {
        if (!"POST".equals(httpMethod)) {
            // Stapler's RequirePOST interceptor refuses this first; kept for any other route to the method
            return 405;
        }
        if (kind != ApprovalDecision.Kind.APPROVED && kind != ApprovalDecision.Kind.REJECTED) {
            throw new IllegalArgumentException("a user approves or rejects, not " + kind);
        }
        ApprovalRequest request = id == null || id.isBlank() ? onlyPending() : getRequest(id.strip());
        if (request == null) {
            return 404;
        }
        Approver who = environment().currentApprover(run, viaApiToken);
        String refusal = ApprovalRules.refusal(request, who);
        if (refusal != null) {
            throw new AccessDeniedException("You may not decide this approval: " + refusal);
        }
        ApprovalDecision decision = new ApprovalDecision(kind, who.id(), who.viaApiToken(),
                System.currentTimeMillis(), comment);
        return decide(request.getId(), decision) ? 200 : 409;
    }

    private ApprovalRequest onlyPending() {
        List<ApprovalRequest> pending = getPendingRequests();
        return pending.size() == 1 ? pending.get(0) : null;
    }

    // ---- view model

    /** Why the current user may not decide {@code request}, or {@code null} if they may. */
    public String refusalFor(final ApprovalRequest request) {
        try {
            return ApprovalRules.refusal(request, environment().currentApprover(run, null));
        } catch (RuntimeException e) {
            return "cannot tell who you are";
        }
    }

    /** Whether the current user may decide {@code request} (pending, permitted, not an AI commit's author). */
    public boolean canDecide(final ApprovalRequest request) {
        return request.isPending() && refusalFor(request) == null;
    }
}
