package io.jenkins.plugins.aigov.provenance;

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
import jenkins.YesNoMaybe;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;

import io.jenkins.plugins.aigov.engine.provenance.MarkerRules;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceCommand;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceFormatException;

/**
 * The {@code aiProvenance} Pipeline step: classifies every commit of the build's change range as AI-generated,
 * AI-assisted, human or unknown, records the result with the build and returns a summary map (see
 * {@link ProvenanceBuildSummary#toMap()}).
 *
 * <pre>{@code
 * def provenance = aiProvenance()            // range: GIT_PREVIOUS_SUCCESSFUL_COMMIT..GIT_COMMIT
 * if (provenance.aiCommits > 0) { echo "AI share of added lines: ${provenance.aiSharePercent} %" }
 * }</pre>
 */
public final class AiProvenanceStep extends Step {
    private String base;
    private String head;
    private int maxCommits = ProvenanceCommand.DEFAULT_MAX_COMMITS;
    private String markers;

    /** Every parameter is optional. */
    @DataBoundConstructor
    public AiProvenanceStep() {
        super();
    }

    /** The base revision (excluded); blank means {@code GIT_PREVIOUS_SUCCESSFUL_COMMIT}, else the whole history. */
    @DataBoundSetter
    public void setBase(final String base) {
        this.base = Text.trimToNull(base);
    }

    public String getBase() {
        return base;
    }

    /** The head revision (included); blank means {@code GIT_COMMIT}, else {@code HEAD}. */
    @DataBoundSetter
    public void setHead(final String head) {
        this.head = Text.trimToNull(head);
    }

    public String getHead() {
        return head;
    }

    /** The most commits to analyse. */
    @DataBoundSetter
    public void setMaxCommits(final int maxCommits) {
        if (maxCommits < 1) {
            throw new IllegalArgumentException("aiProvenance: maxCommits must be at least 1, was " + maxCommits);
        }
        this.maxCommits = maxCommits;
    }

    public int getMaxCommits() {
        return maxCommits;
    }

    /** Marker rules (one per line) that mean AI, in addition to the built-in agent signatures. */
    @DataBoundSetter
    public void setMarkers(final String markers) {
        this.markers = Text.trimToNull(markers);
    }

    public String getMarkers() {
        return markers;
    }

    @Override
    public StepExecution start(final StepContext context) {
        return new Execution(this, context);
    }

    /** Runs the analysis on the agent, then records the outcome on the controller. */
    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
        private static final long serialVersionUID = 1L;

        private final transient AiProvenanceStep step;

        Execution(final AiProvenanceStep step, final StepContext context) {
            super(context);
            this.step = step;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            Run<?, ?> run = required(Run.class);
            FilePath workspace = required(FilePath.class);
            TaskListener listener = required(TaskListener.class);
            EnvVars env = required(EnvVars.class);

            ProvenanceRequest request = ProvenanceRequest.of(step, env);
            listener.getLogger().println(ProvenanceRecorder.PREFIX + "analysing " + request.describe());
            ProvenanceOutcome outcome = workspace.act(new ProvenanceCallable(request));
            return new ProvenanceRecorder(run, listener).record(outcome).toMap();
        }

        private <T> T required(final Class<T> type) throws IOException, InterruptedException {
            T value = getContext().get(type);
            if (value == null) {
                throw new AbortException("aiProvenance needs a " + type.getSimpleName()
                        + " in its context: call it inside node { } after the checkout");
            }
            return value;
        }
    }

    /** Registers the step and checks its form fields in the Snippet Generator. */
    @Extension(dynamicLoadable = YesNoMaybe.YES)
    public static final class DescriptorImpl extends StepDescriptor {
        /** The marker rules' name in messages. */
        static final String MARKERS_SOURCE = "aiProvenance markers";

        @Override
        public String getFunctionName() {
            return "aiProvenance";
        }

        @Override
        public String getDisplayName() {
            return Messages.get("AiProvenanceStep.displayName");
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, TaskListener.class, EnvVars.class);
        }

        /** Checks {@code maxCommits}: empty (the default) or a whole number of at least 1. */
        public FormValidation doCheckMaxCommits(@QueryParameter final String value) {
            String text = Text.trimToNull(value);
            if (text == null) {
                return FormValidation.ok();
            }
            try {
                if (Integer.parseInt(text) >= 1) {
                    return FormValidation.ok();
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            return FormValidation.error(Messages.get("AiProvenanceStep.maxCommits.invalid", text));
        }

        /** Checks the marker rules line by line; the error names the offending line. */
        public FormValidation doCheckMarkers(@QueryParameter final String value) {
            try {
                MarkerRules rules = MarkerRules.parse(value, MARKERS_SOURCE);
                return rules.isEmpty() ? FormValidation.ok()
                        : FormValidation.ok(Messages.get("AiProvenanceStep.markers.valid", rules.size()));
            } catch (ProvenanceFormatException e) {
                return FormValidation.error(e.getMessage());
            }
        }
    }
}
