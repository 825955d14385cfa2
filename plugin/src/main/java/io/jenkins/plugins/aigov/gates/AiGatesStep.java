package io.jenkins.plugins.aigov.gates;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.aigov.RevisionRange;
import io.jenkins.plugins.aigov.config.AiGovernanceConfiguration;
import io.jenkins.plugins.aigov.config.PolicyValues;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistrySettings;
import io.jenkins.plugins.aigov.engine.gates.GatePolicy;
import io.jenkins.plugins.aigov.engine.gates.PolicyRequest;
import io.jenkins.plugins.aigov.engine.provenance.MarkerRules;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceCommand;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;
import io.jenkins.plugins.aigov.engine.model.Severity;
import io.jenkins.plugins.aigov.provenance.ProvenanceAction;
import jenkins.YesNoMaybe;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;

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
    private boolean stopBuild = true;

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

    /** Whether FAIL and OUTAGE stop the build (default); {@code false} marks the build FAILURE and goes on. */
    @DataBoundSetter
    public void setStopBuild(final boolean stopBuild) {
        this.stopBuild = stopBuild;
    }

    public boolean isStopBuild() {
        return stopBuild;
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

    /** Runs the gates on the agent, then records the result and applies the decision on the controller. */
    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
        private static final long serialVersionUID = 1L;

        private final transient AiGatesStep step;
        private final transient GatesEnvironment environment;

        Execution(final AiGatesStep step, final StepContext context, final GatesEnvironment environment) {
            super(context);
            this.step = step;
            this.environment = environment;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            Run<?, ?> run = required(Run.class);
            FilePath workspace = required(FilePath.class);
            TaskListener listener = required(TaskListener.class);
            EnvVars env = required(EnvVars.class);
            FlowNode node = getContext().get(FlowNode.class);

            GatesRequest request = request(run, env);
            listener.getLogger().println(GatesRecorder.PREFIX + "checking " + request.describe());
            GatesOutcome outcome = workspace.act(new GatesCallable(request));
            GatesBuildSummary summary = new GatesRecorder(run, listener).record(outcome);
            new DecisionApplier(run, node, listener, step.isStopBuild()).apply(summary);
            return summary.toMap();
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
                return new GatesRequest(range, step.getMaxCommits(), policy, asked, registries, earlierProvenance(run),
                        markers);
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
