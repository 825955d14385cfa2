package io.jenkins.plugins.aigov.gates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import jenkins.YesNoMaybe;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;

import io.jenkins.plugins.aigov.RevisionRange;
import io.jenkins.plugins.aigov.approval.AiAuthorsCallable;
import io.jenkins.plugins.aigov.approval.ApprovalAction;
import io.jenkins.plugins.aigov.approval.ApprovalDecision;
import io.jenkins.plugins.aigov.approval.ApprovalEnvironment;
import io.jenkins.plugins.aigov.approval.ApprovalRequest;
import io.jenkins.plugins.aigov.approval.ApprovalWaiter;
import io.jenkins.plugins.aigov.approval.CommitIdentity;
import io.jenkins.plugins.aigov.approval.JenkinsApprovalEnvironment;
import io.jenkins.plugins.aigov.config.AiGovernanceConfiguration;
import io.jenkins.plugins.aigov.config.PolicyValues;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistrySettings;
import io.jenkins.plugins.aigov.engine.gates.GatePolicy;
import io.jenkins.plugins.aigov.engine.gates.PolicyRequest;
import io.jenkins.plugins.aigov.engine.model.Severity;
import io.jenkins.plugins.aigov.engine.provenance.MarkerRules;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceCommand;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;
import io.jenkins.plugins.aigov.engine.report.GatesJson;
import io.jenkins.plugins.aigov.engine.risk.RiskPolicy;
import io.jenkins.plugins.aigov.engine.risk.RiskPolicyRequest;
import io.jenkins.plugins.aigov.provenance.ProvenanceAction;

/**
 * The {@code aiGates} Pipeline step: checks the dependencies the build's changes add (existence, age, typosquats,
 * watchlist, imports) against the package registries of the global configuration, decides PASS / UNSTABLE /
 * APPROVAL / FAIL / OUTAGE under the admin's policy (which these parameters may only tighten), records the result
 * with the build, marks the stage, and returns a summary map (see {@link GatesBuildSummary#toMap()}).
 *
 * <pre>{@code
 * def gates = aiGates(failOn: 'high')       // range: GIT_PREVIOUS_SUCCESSFUL_COMMIT..GIT_COMMIT
 * echo "gates: ${gates.outcome}, ${gates.findings} finding(s)"
 * }</pre>
 */
public final class AiGatesStep extends Step {
    private String base;
    private String head;
    private int maxCommits = ProvenanceCommand.DEFAULT_MAX_COMMITS;
    private String scope;
    private String failOn;
    private String unstableOn;
    private String aiFailOn;
    private Integer packageMinAgeDays;
    private Integer versionMinAgeDays;
    private String outagePolicy;
    private String watchlist;
    private String externalSarif;
    private boolean stopBuild = true;
    private Integer approvalTimeoutMinutes;
    private String risk;

    /** Every parameter is optional. */
    @DataBoundConstructor
    public AiGatesStep() {
        super();
    }

    /** The base revision (excluded); blank means {@code GIT_PREVIOUS_SUCCESSFUL_COMMIT}, else the whole history. */
    @DataBoundSetter
    public void setBase(final String base) {
        this.base = trimToNull(base);
    }

    public String getBase() {
        return base;
    }

    /** The head revision (included); blank means {@code GIT_COMMIT}, else {@code HEAD}. */
    @DataBoundSetter
    public void setHead(final String head) {
        this.head = trimToNull(head);
    }

    public String getHead() {
        return head;
    }

    /** The most commits of a provenance walk of the step's own. */
    @DataBoundSetter
    public void setMaxCommits(final int maxCommits) {
        this.maxCommits = PolicyValues.inRange("aiGates: maxCommits", maxCommits, 1, Integer.MAX_VALUE);
    }

    public int getMaxCommits() {
        return maxCommits;
    }

    /** {@code changed} (what the range adds or changes) or {@code all} (everything at head). */
    @DataBoundSetter
    public void setScope(final String scope) {
        PolicyValues.scope("aiGates: scope", scope);
        this.scope = trimToNull(scope);
    }

    public String getScope() {
        return scope;
    }

    /** Fail at or above this severity ({@code info}..{@code critical}); may only be stricter than the admin's. */
    @DataBoundSetter
    public void setFailOn(final String failOn) {
        this.failOn = severityText("failOn", failOn);
    }

    public String getFailOn() {
        return failOn;
    }

    /** Mark unstable at or above this severity; may only be stricter than the admin's. */
    @DataBoundSetter
    public void setUnstableOn(final String unstableOn) {
        this.unstableOn = severityText("unstableOn", unstableOn);
    }

    public String getUnstableOn() {
        return unstableOn;
    }

    /** Fail at or above this severity on AI-written lines; may only be stricter than the admin's. */
    @DataBoundSetter
    public void setAiFailOn(final String aiFailOn) {
        this.aiFailOn = severityText("aiFailOn", aiFailOn);
    }

    public String getAiFailOn() {
        return aiFailOn;
    }

    /** A package first published fewer days ago is flagged; may only be higher than the admin's. */
    @DataBoundSetter
    public void setPackageMinAgeDays(final Integer days) {
        this.packageMinAgeDays = days == null ? null
                : PolicyValues.inRange("aiGates: packageMinAgeDays", days, 0, 3650);
    }

    public Integer getPackageMinAgeDays() {
        return packageMinAgeDays;
    }

    /** A version published fewer days ago is flagged; may only be higher than the admin's. */
    @DataBoundSetter
    public void setVersionMinAgeDays(final Integer days) {
        this.versionMinAgeDays = days == null ? null
                : PolicyValues.inRange("aiGates: versionMinAgeDays", days, 0, 3650);
    }

    public Integer getVersionMinAgeDays() {
        return versionMinAgeDays;
    }

    /** {@code failOpen} or {@code failClosed}; a Jenkinsfile may only switch to {@code failClosed}. */
    @DataBoundSetter
    public void setOutagePolicy(final String outagePolicy) {
        var parsed = PolicyValues.outagePolicy("aiGates: outagePolicy", outagePolicy);
        this.outagePolicy = parsed == null ? null : PolicyValues.id(parsed);
    }

    public String getOutagePolicy() {
        return outagePolicy;
    }

    /** Extra names always flagged, one per line or comma-separated ({@code ecosystem:name} or {@code name}). */
    @DataBoundSetter
    public void setWatchlist(final String watchlist) {
        this.watchlist = trimToNull(watchlist);
    }

    public String getWatchlist() {
        return watchlist;
    }

    /** Other scanners' SARIF 2.1.0 files to take in, a glob relative to the workspace ({@code build/**}{@code /*.sarif}). */
    @DataBoundSetter
    public void setExternalSarif(final String externalSarif) {
        this.externalSarif = trimToNull(externalSarif);
    }

    public String getExternalSarif() {
        return externalSarif;
    }

    /** Whether FAIL and OUTAGE stop the build (default); {@code false} marks the build FAILURE and goes on. */
    @DataBoundSetter
    public void setStopBuild(final boolean stopBuild) {
        this.stopBuild = stopBuild;
    }

    public boolean isStopBuild() {
        return stopBuild;
    }

    /** How long an APPROVAL waits for a decision (minutes); may only be shorter than the admin's. */
    @DataBoundSetter
    public void setApprovalTimeoutMinutes(final Integer minutes) {
        this.approvalTimeoutMinutes = minutes == null ? null
                : PolicyValues.inRange("aiGates: approvalTimeoutMinutes", minutes, 1, 30 * 24 * 60);
    }

    public Integer getApprovalTimeoutMinutes() {
        return approvalTimeoutMinutes;
    }

    /**
     * A stricter risk policy, in the text form of docs/risk.md without weights ({@code threshold.high = 40},
     * {@code outcome.medium = APPROVAL}, extra {@code [sensitive-paths]}); what would loosen the admin's policy is
     * ignored and logged. Text that cannot be read fails at once, naming the line.
     */
    @DataBoundSetter
    public void setRisk(final String risk) {
        RiskRequests.parse(risk);
        this.risk = risk == null || risk.isBlank() ? null : risk.strip();
    }

    public String getRisk() {
        return risk;
    }

    @Override
    public StepExecution start(final StepContext context) {
        return new Execution(this, context, JenkinsGatesEnvironment.INSTANCE);
    }

    private static String severityText(final String field, final String text) {
        Severity severity = PolicyValues.severity("aiGates: " + field, text);
        return severity == null ? null : severity.id();
    }

    private static String trimToNull(final String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Runs the gates on the agent (in a worker thread of the controller, so no CPS VM thread blocks), records the
     * result and applies the decision. An APPROVAL outcome does not finish the step: it registers an
     * {@link ApprovalRequest} with the build's {@link ApprovalAction} and waits, without any thread, until a permitted
     * user approves (the step returns its summary) or rejects, the time-out rejects, or the build is aborted.
     *
     * <p>Controller restart: while the gates run, a restart fails the step (as for any non-blocking step: the agent
     * work is lost). While it waits, the request and the deadline are in {@code build.xml}, and this execution (its
     * request id and summary, in the Pipeline's program state) registers again in {@link #onResume()}: the time-out
     * is scheduled for the time left, and a decision recorded meanwhile is delivered at once.
     */
    static final class Execution extends StepExecution implements ApprovalWaiter {
        private static final long serialVersionUID = 1L;
        private static final ExecutorService WORKERS = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "aiGates worker");
            thread.setDaemon(true);
            return thread;
        });

        private final transient AiGatesStep step;
        private final transient GatesEnvironment environment;
        private transient ApprovalEnvironment approvals;
        private transient Future<?> task;
        private transient AtomicBoolean finished;
        /** The pending request's id once the step waits; kept in the program state. */
        private String approvalId;
        /** The gates summary returned on approval; kept in the program state. */
        private LinkedHashMap<String, Object> summaryMap;

        Execution(final AiGatesStep step, final StepContext context, final GatesEnvironment environment) {
            this(step, context, environment, JenkinsApprovalEnvironment.INSTANCE);
        }

        Execution(final AiGatesStep step, final StepContext context, final GatesEnvironment environment,
                final ApprovalEnvironment approvals) {
            super(context);
            this.step = step;
            this.environment = environment;
            this.approvals = approvals;
        }

        @Override
        public boolean start() {
            task = WORKERS.submit(() -> {
                try {
                    Map<String, Object> result = gates();
                    if (result != null) {
                        finish(() -> getContext().onSuccess(result));
                    }
                } catch (Throwable t) {
                    finish(() -> getContext().onFailure(t));
                }
            });
            return false;
        }

        /** The gates; {@code null} when the step now waits for an approval. */
        private Map<String, Object> gates() throws Exception {
            Run<?, ?> run = required(Run.class);
            FilePath workspace = required(FilePath.class);
            TaskListener listener = required(TaskListener.class);
            EnvVars env = required(EnvVars.class);
            FlowNode node = getContext().get(FlowNode.class);

            GatesRequest request = request(run, env);
            listener.getLogger().println(GatesRecorder.PREFIX + "checking " + request.describe());
            GatesOutcome outcome = workspace.act(new GatesCallable(request));
            GatesBuildSummary summary = new GatesRecorder(run, listener).record(outcome);
            if ("APPROVAL".equals(summary.getOutcome())) {
                awaitApproval(run, workspace, listener, node, request, outcome, summary);
                return null;
            }
            new DecisionApplier(run, node, listener, step.isStopBuild()).apply(summary);
            return summary.toMap();
        }

        private void awaitApproval(final Run<?, ?> run, final FilePath workspace, final TaskListener listener,
                final FlowNode node, final GatesRequest request, final GatesOutcome outcome,
                final GatesBuildSummary summary) throws IOException, InterruptedException {
            AiGovernanceConfiguration configuration = environment.configuration();
            List<CommitIdentity> authors = workspace.act(new AiAuthorsCallable(request.range().base(),
                    request.range().head(), request.maxCommits(), request.range().baseIsDerived(),
                    request.markerRules()));
            int minutes = configuration.getApprovalTimeoutMinutes();
            Integer asked = step.getApprovalTimeoutMinutes();
            if (asked != null && asked > minutes) {
                listener.getLogger().println(GatesRecorder.PREFIX + "ignored approvalTimeoutMinutes " + asked
                        + ": longer than the admin's " + minutes);
            } else if (asked != null) {
                minutes = asked;
            }
            long now = System.currentTimeMillis();
            String id = node != null && node.getId() != null ? node.getId() : Long.toString(now, 36);
            ApprovalRequest pending = new ApprovalRequest(id, summary.getReason(), summary.getTier(),
                    summary.getScore(), explanation(outcome), authors, configuration.approverList(), now,
                    now + minutes * 60_000L);
            summaryMap = new LinkedHashMap<>(summary.toMap());
            approvalId = id;
            ApprovalAction action = ApprovalAction.of(run).withEnvironment(approvals());
            action.add(pending);
            listener.getLogger().print(GatesRecorder.PREFIX + "waiting up to " + minutes + " minute(s) for an"
                    + " approval (" + summary.getReason() + ") - ");
            listener.hyperlink("/" + run.getUrl() + ApprovalAction.URL_NAME + "/", "approve or reject");
            listener.getLogger().println();
            action.await(id, this);
        }

        private static List<String> explanation(final GatesOutcome outcome) {
            try {
                return GatesJson.read(new ByteArrayInputStream(outcome.json().getBytes(StandardCharsets.UTF_8)))
                        .decision().explanation();
            } catch (IOException | RuntimeException e) {
                return new ArrayList<>();
            }
        }

        /** The request is decided: approval returns the summary, anything else fails the step. */
        @Override
        public void decided(final ApprovalRequest request) {
            ApprovalDecision decision = request.getDecision();
            TaskListener listener = listener();
            if (listener != null) {
                listener.getLogger().println(GatesRecorder.PREFIX + "approval " + decision.describe());
            }
            if (decision.isApproved()) {
                Map<String, Object> result = new LinkedHashMap<>(summaryMap == null ? Map.of() : summaryMap);
                result.put("approval", decision.getKind().name());
                result.put("approvedBy", decision.getUserId());
                result.put("approvalComment", decision.getComment());
                finish(() -> getContext().onSuccess(result));
            } else {
                finish(() -> getContext().onFailure(new AbortException("aiGates: approval "
                        + decision.describe())));
            }
        }

        /** The build is aborted: ends at once; the ABORTED decision is recorded on the controller's timer. */
        @Override
        public void stop(final Throwable cause) {
            Future<?> running = task;
            if (running != null) {
                running.cancel(true);
            }
            String id = approvalId;
            if (id != null) {
                try {
                    Run<?, ?> run = getContext().get(Run.class);
                    ApprovalAction action = run == null ? null : run.getAction(ApprovalAction.class);
                    if (action != null) {
                        action.abandon(id);
                        String why = cause == null || cause.getMessage() == null ? "the build was aborted"
                                : "the build was aborted: " + cause.getMessage();
                        approvals().timer().execute(() -> action.decide(id, new ApprovalDecision(
                                ApprovalDecision.Kind.ABORTED, null, null, System.currentTimeMillis(), why)));
                    }
                } catch (IOException | InterruptedException | RuntimeException e) {
                    // the step ends all the same
                }
            }
            finish(() -> getContext().onFailure(cause));
        }

        /** After a controller restart: waits again, or fails if the restart cut the gates short. */
        @Override
        public void onResume() {
            if (approvalId == null) {
                finish(() -> getContext().onFailure(new AbortException("aiGates: the controller restarted while"
                        + " the gates ran; run the build again")));
                return;
            }
            try {
                Run<?, ?> run = getContext().get(Run.class);
                ApprovalAction action = run == null ? null : run.getAction(ApprovalAction.class);
                if (action == null || action.getRequest(approvalId) == null) {
                    throw new AbortException("aiGates: the approval request " + approvalId + " was lost");
                }
                action.await(approvalId, this);
            } catch (Exception e) {
                finish(() -> getContext().onFailure(e));
            }
        }

        @Override
        public String getStatus() {
            return approvalId == null ? "running the gates" : "waiting for an approval (" + approvalId + ")";
        }

        private ApprovalEnvironment approvals() {
            return approvals == null ? JenkinsApprovalEnvironment.INSTANCE : approvals;
        }

        private TaskListener listener() {
            try {
                return getContext().get(TaskListener.class);
            } catch (IOException | InterruptedException | RuntimeException e) {
                return null;
            }
        }

        /** Completes the step once only, whichever of gates, decision, abort comes first. */
        private synchronized void finish(final Runnable completion) {
            if (finished == null) {
                finished = new AtomicBoolean();
            }
            if (finished.compareAndSet(false, true)) {
                completion.run();
            }
        }

        /** Reads the configuration and parameters and resolves the secrets: everything the agent needs. */
        private GatesRequest request(final Run<?, ?> run, final EnvVars env) throws AbortException {
            AiGovernanceConfiguration configuration = environment.configuration();
            try {
                GatePolicy policy = configuration.toPolicy();
                PolicyRequest asked = PolicyRequests.of(step);
                MarkerRules markers = configuration.toMarkerRules();
                RegistrySecrets secrets = new RegistrySecrets(environment, run);
                RegistrySettings registries = configuration.toRegistrySettings(secrets::of);
                RevisionRange range = RevisionRange.of(step.getBase(), step.getHead(), env);
                RiskPolicy riskPolicy = configuration.toRiskPolicy();
                RiskPolicyRequest riskAsked = RiskRequests.parse(step.getRisk());
                return new GatesRequest(range, step.getMaxCommits(), policy, asked, registries, earlierProvenance(run),
                        markers, step.getExternalSarif(), riskPolicy, riskAsked);
            } catch (IllegalArgumentException e) {
                throw new AbortException("aiGates: " + e.getMessage());
            }
        }

        /** The provenance an aiProvenance step recorded earlier in this build, if any. */
        private static ProvenanceResult earlierProvenance(final Run<?, ?> run) {
            ProvenanceAction action = run.getAction(ProvenanceAction.class);
            return action == null ? null : action.readResult().orElse(null);
        }

        private <T> T required(final Class<T> type) throws IOException, InterruptedException {
            T value = getContext().get(type);
            if (value == null) {
                throw new AbortException("aiGates needs a " + type.getSimpleName()
                        + " in its context: call it inside node { } after the checkout");
            }
            return value;
        }
    }

    /** Registers the step and checks its form fields in the Snippet Generator. */
    @Extension(dynamicLoadable = YesNoMaybe.YES)
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "aiGates";
        }

        @Override
        public String getDisplayName() {
            return Messages.get("AiGatesStep.displayName");
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, TaskListener.class, EnvVars.class, FlowNode.class);
        }

        public ListBoxModel doFillScopeItems() {
            return choices("changed", "all");
        }

        public ListBoxModel doFillOutagePolicyItems() {
            return choices(PolicyValues.FAIL_OPEN, PolicyValues.FAIL_CLOSED);
        }

        public ListBoxModel doFillFailOnItems() {
            return severities();
        }

        public ListBoxModel doFillUnstableOnItems() {
            return severities();
        }

        public ListBoxModel doFillAiFailOnItems() {
            return severities();
        }

        public FormValidation doCheckMaxCommits(@QueryParameter final String value) {
            return number(value, 1, Integer.MAX_VALUE);
        }

        public FormValidation doCheckPackageMinAgeDays(@QueryParameter final String value) {
            return number(value, 0, 3650);
        }

        public FormValidation doCheckVersionMinAgeDays(@QueryParameter final String value) {
            return number(value, 0, 3650);
        }

        public FormValidation doCheckApprovalTimeoutMinutes(@QueryParameter final String value) {
            return number(value, 1, 30 * 24 * 60);
        }

        /** Reads the requested risk policy; the error names the line and the value. */
        public FormValidation doCheckRisk(@QueryParameter final String value) {
            try {
                RiskRequests.parse(value);
                return FormValidation.ok();
            } catch (IllegalArgumentException e) {
                return FormValidation.error(e.getMessage());
            }
        }

        private static ListBoxModel severities() {
            ListBoxModel items = choices();
            for (Severity severity : Severity.values()) {
                items.add(severity.id(), severity.id());
            }
            return items;
        }

        /** The choices after an empty first one: a step parameter left empty keeps the admin's value. */
        private static ListBoxModel choices(final String... values) {
            ListBoxModel items = new ListBoxModel();
            items.add("(the administrator's setting)", "");
            for (String value : values) {
                items.add(value, value);
            }
            return items;
        }

        private static FormValidation number(final String value, final int min, final int max) {
            if (value == null || value.isBlank()) {
                return FormValidation.ok();
            }
            try {
                int number = Integer.parseInt(value.strip());
                if (number >= min && number <= max) {
                    return FormValidation.ok();
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            return FormValidation.error("Enter a whole number of at least " + min + ", not '" + value.strip() + "'.");
        }
    }
}
