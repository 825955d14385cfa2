package io.jenkins.plugins.aigov.bom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import jenkins.YesNoMaybe;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

import io.jenkins.plugins.aigov.approval.ApprovalAction;
import io.jenkins.plugins.aigov.approval.ApprovalDecision;
import io.jenkins.plugins.aigov.approval.ApprovalRequest;
import io.jenkins.plugins.aigov.engine.bom.Approval;
import io.jenkins.plugins.aigov.RevisionRange;
import io.jenkins.plugins.aigov.config.AiGovernanceConfiguration;
import io.jenkins.plugins.aigov.engine.bom.BuildContext;
import io.jenkins.plugins.aigov.engine.gates.GatesResult;
import io.jenkins.plugins.aigov.engine.provenance.MarkerRules;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceCommand;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;
import io.jenkins.plugins.aigov.engine.report.GatesJson;
import io.jenkins.plugins.aigov.engine.report.ProvenanceJson;
import io.jenkins.plugins.aigov.engine.report.ReportFiles;

/**
 * The {@code aiBom} Pipeline step: writes the build's AI Bill of Materials ({@code bom.cdx.json}, CycloneDX 1.6) from
 * the provenance and gate results of the same build (computing provenance when no {@code aiProvenance} ran for the
 * range) and the dependencies declared at head; optionally signs it (a DSSE envelope, {@code bom.intoto.jsonl});
 * archives and fingerprints both, adds an <em>AI-BOM</em> page to the build and returns a summary map (see
 * {@link BomBuildSummary#toMap()}).
 *
 * <pre>{@code
 * def bom = aiBom(sign: 'bom-signing-key')
 * echo "AI-BOM ${bom.serialNumber}: ${bom.models} model(s), ${bom.files} AI-touched file(s)"
 * }</pre>
 */
public final class AiBomStep extends Step {
    /** The Jenkins variable of the checked-out repository's URL (Git plugin). */
    static final String GIT_URL = "GIT_URL";

    private String base;
    private String head;
    private String sign;
    private String projectName;
    private String projectVersion;

    /** Every parameter is optional. */
    @DataBoundConstructor
    public AiBomStep() {
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

    /** The id of the credentials holding the signing key (Secret text or Secret file); blank: not signed. */
    @DataBoundSetter
    public void setSign(final String sign) {
        this.sign = trimToNull(sign);
    }

    public String getSign() {
        return sign;
    }

    /** The project's name in the BOM; blank means the job's full name. */
    @DataBoundSetter
    public void setProjectName(final String projectName) {
        this.projectName = trimToNull(projectName);
    }

    public String getProjectName() {
        return projectName;
    }

    /** The project's version in the BOM; blank means the head commit's short id. */
    @DataBoundSetter
    public void setProjectVersion(final String projectVersion) {
        this.projectVersion = trimToNull(projectVersion);
    }

    public String getProjectVersion() {
        return projectVersion;
    }

    @Override
    public StepExecution start(final StepContext context) {
        return new Execution(this, context, JenkinsBomEnvironment.INSTANCE);
    }

    private static String trimToNull(final String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Resolves the inputs on the controller, builds the BOM on the agent, then signs, stores, archives and
     * fingerprints it on the controller. Neither the request nor the key is kept in a field: nothing of them reaches
     * {@code program.dat}.
     */
    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
        private static final long serialVersionUID = 1L;

        private final transient AiBomStep step;
        private final transient BomEnvironment environment;

        Execution(final AiBomStep step, final StepContext context, final BomEnvironment environment) {
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
            Launcher launcher = getContext().get(Launcher.class);

            SigningKey key = step.getSign() == null ? null : SigningKey.resolve(step.getSign(), environment, run);
            BomRequest request = request(run, env, listener);
            listener.getLogger().println(BomRecorder.PREFIX + "building the AI-BOM of " + request.describe());
            BomOutcome outcome = workspace.act(new BomCallable(request));
            return new BomRecorder(run, listener, environment).record(outcome, key, launcher).toMap();
        }

        private BomRequest request(final Run<?, ?> run, final EnvVars env, final TaskListener listener)
                throws AbortException {
            MarkerRules markers;
            try {
                AiGovernanceConfiguration configuration = environment.configuration();
                markers = configuration.toMarkerRules();
            } catch (IllegalArgumentException e) {
                throw new AbortException("aiBom: " + e.getMessage());
            }
            RevisionRange range = RevisionRange.of(step.getBase(), step.getHead(), env);
            Path dir = run.getRootDir().toPath();
            ProvenanceResult provenance = readEarlier(dir.resolve(ReportFiles.PROVENANCE_JSON), listener,
                    ProvenanceJson::read);
            GatesResult gates = readEarlier(dir.resolve(ReportFiles.GATES_JSON), listener, GatesJson::read);
            String name = step.getProjectName() != null ? step.getProjectName() : trimToNull(env.get("JOB_NAME"));
            return new BomRequest(range, ProvenanceCommand.DEFAULT_MAX_COMMITS, markers, provenance, gates, name,
                    step.getProjectVersion(), trimToNull(env.get(GIT_URL)), buildUrl(run, env), context(run, env),
                    toolVersion(), approvals(run));
        }

        /** The approvals and rejections people made in this build's aiGates steps (time-outs and aborts are none). */
        static List<Approval> approvals(final Run<?, ?> run) {
            ApprovalAction action = run.getAction(ApprovalAction.class);
            List<Approval> approvals = new ArrayList<>();
            if (action == null) {
                return approvals;
            }
            for (ApprovalRequest request : action.getRequests()) {
                ApprovalDecision decision = request.getDecision();
                if (decision == null || decision.getUserId() == null
                        || decision.getKind() != ApprovalDecision.Kind.APPROVED
                        && decision.getKind() != ApprovalDecision.Kind.REJECTED) {
                    continue;
                }
                approvals.add(new Approval(decision.getUserId(), !Boolean.TRUE.equals(decision.getViaApiToken()),
                        decision.isApproved() ? Approval.Decision.APPROVED : Approval.Decision.REJECTED,
                        Instant.ofEpochMilli(decision.getTime()), decision.getComment()));
            }
            return approvals;
        }

        /** The build's absolute URL: Jenkins' root URL and the run's URL; {@code BUILD_URL} without a root URL. */
        private String buildUrl(final Run<?, ?> run, final EnvVars env) {
            String root = environment.rootUrl();
            if (root == null || root.isBlank()) {
                return trimToNull(env.get("BUILD_URL"));
            }
            return (root.endsWith("/") ? root : root + "/") + run.getUrl();
        }

        private static BuildContext context(final Run<?, ?> run, final EnvVars env) {
            Map<String, String> extra = new LinkedHashMap<>();
            String job = trimToNull(env.get("JOB_NAME"));
            if (job != null) {
                extra.put("job", job);
            }
            extra.put("build", Integer.toString(run.getNumber()));
            return new BuildContext("Jenkins", trimToNull(env.get("NODE_NAME")), "commit-time", extra);
        }

        /** Reads an earlier step's detail document of this build; a broken one is ignored with a note. */
        private static <T> T readEarlier(final Path file, final TaskListener listener, final Reader<T> reader) {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            try (InputStream in = Files.newInputStream(file)) {
                return reader.read(in);
            } catch (IOException | RuntimeException e) {
                listener.getLogger().println(BomRecorder.PREFIX + "cannot read " + file.getFileName() + " of this"
                        + " build (" + e.getMessage() + "); going on without it");
                return null;
            }
        }

        /** The plugin's version, from the Maven metadata in its jar; {@code unknown} outside one. */
        static String toolVersion() {
            try (InputStream in = AiBomStep.class.getResourceAsStream(
                    "/META-INF/maven/io.jenkins.plugins.aigov/ai-code-governance/pom.properties")) {
                if (in == null) {
                    return "unknown";
                }
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "unknown");
            } catch (IOException e) {
                return "unknown";
            }
        }

        private <T> T required(final Class<T> type) throws IOException, InterruptedException {
            T value = getContext().get(type);
            if (value == null) {
                throw new AbortException("aiBom needs a " + type.getSimpleName()
                        + " in its context: call it inside node { } after the checkout");
            }
            return value;
        }

        /** Parses a detail document. */
        @FunctionalInterface
        private interface Reader<T> {
            T read(InputStream in) throws IOException;
        }
    }

    /** Registers the step. */
    @Extension(dynamicLoadable = YesNoMaybe.YES)
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "aiBom";
        }

        @Override
        public String getDisplayName() {
            return Messages.get("AiBomStep.displayName");
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, TaskListener.class, EnvVars.class, Launcher.class);
        }
    }
}
