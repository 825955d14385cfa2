package io.jenkins.plugins.aigov.gates;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;

import io.jenkins.plugins.aigov.config.AiGovernanceConfiguration;
import io.jenkins.plugins.aigov.config.RegistryEntry;
import io.jenkins.plugins.aigov.engine.AiGovernance;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;
import io.jenkins.plugins.aigov.engine.report.ProvenanceJson;
import io.jenkins.plugins.aigov.engine.report.ReportFiles;
import io.jenkins.plugins.aigov.engine.testing.GitFixture;
import io.jenkins.plugins.aigov.provenance.FakeListener;
import io.jenkins.plugins.aigov.provenance.FakeRun;
import io.jenkins.plugins.aigov.provenance.FakeStepContext;
import io.jenkins.plugins.aigov.provenance.ProvenanceAction;
import io.jenkins.plugins.aigov.provenance.ProvenanceBuildSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Drives {@code aiGates} end to end through the hand-written {@link FakeStepContext}: a real git repository whose
 * range adds a {@code package.json}, the real engine, and a loopback npm registry that the global configuration
 * points at.
 */
class AiGatesStepTest {
    private static final PersonIdent DEVELOPER = GitFixture.person("Dana Developer", "dana@example.com");
    private static final String OLD = "zq-fixture-settled";
    private static final String MISSING = "zq-fixture-imagined";
    private static final String PASSWORD = "s3cr3t-Pa55word";

    @TempDir
    Path temp;

    private Path workspace;
    private Path buildDir;
    private GitFixture git;
    private String base;
    private LoopbackNpmRegistry registry;
    private AiGovernanceConfiguration configuration;
    private FakeGatesEnvironment environment;
    private FakeRun run;
    private FakeListener listener;
    private FlowNode node;

    @BeforeEach
    void setUp() throws Exception {
        workspace = Files.createDirectories(temp.resolve("ws"));
        buildDir = Files.createDirectories(temp.resolve("builds/42"));
        git = GitFixture.init(workspace);
        git.write("README.md", "A project\n");
        base = git.commit("Initial import", DEVELOPER).name();
        registry = new LoopbackNpmRegistry().publish(OLD, 2000, versions("1.0.0", 1900, "1.1.0", 2));
        configuration = new AiGovernanceConfiguration();
        configuration.setRegistries(List.of(new RegistryEntry("npm", registry.url(), null, true)));
        configuration.setRetries(0);
        configuration.setCacheTtlHours(0);
        environment = new FakeGatesEnvironment(configuration);
        run = new FakeRun(buildDir.toFile(), 42);
        listener = new FakeListener();
        node = new FakeFlowNode();
    }

    @AfterEach
    void tearDown() {
        registry.close();
        git.close();
    }

    @Test
    void shouldFailTheStageWithTheReasonWhenADependencyDoesNotExist() throws Exception {
        addDependencies(MISSING, "2.0.0");

        assertThatThrownBy(() -> execute(new AiGatesStep()))
                .isInstanceOf(AbortException.class)
                .hasMessageStartingWith("aiGates: FAIL: critical dependency-existence/package-missing at package.json:")
                .hasMessageContaining(MISSING);

        GatesAction action = run.getAction(GatesAction.class);
        assertThat(action.getSummary().getOutcome()).isEqualTo("FAIL");
        assertThat(action.getCritical()).isEqualTo(1);
        assertThat(buildDir.resolve(ReportFiles.GATES_JSON)).isRegularFile();
        assertThat(listener.text()).contains("[aiGates] checking " + base + " (base parameter) .. HEAD (default)")
                .contains("[aiGates] AI gates: FAIL").contains("AI gates report");
    }

    @Test
    void shouldMarkStageAndBuildUnstableForAVersionThatDoesNotExist() throws Exception {
        addDependencies(OLD, "9.9.9");

        Map<String, Object> result = execute(new AiGatesStep());

        assertThat(result).containsEntry("outcome", "UNSTABLE").containsEntry("high", 1).containsEntry("findings", 1)
                .containsEntry("dependencies", 1).containsEntry("partial", false);
        assertThat(run.getResult()).isEqualTo(Result.UNSTABLE);
        WarningAction warning = node.getPersistentAction(WarningAction.class);
        assertThat(warning.getResult()).isEqualTo(Result.UNSTABLE);
        assertThat(warning.getMessage()).contains("version-missing");
    }

    @Test
    void shouldPassAnEstablishedPackageAndMarkNothing() throws Exception {
        addDependencies(OLD, "1.0.0");

        Map<String, Object> result = execute(new AiGatesStep());

        assertThat(result).containsEntry("outcome", "PASS").containsEntry("findings", 0)
                .containsEntry("dependencies", 1).containsEntry("unverified", 0);
        assertThat(run.getResult()).isNull();
        assertThat(node.getPersistentAction(WarningAction.class)).isNull();
        assertThat(run.getAction(GatesAction.class).getSummary().toMap()).isEqualTo(result);
        assertThat(listener.text()).contains("[aiGates] PASS: 0 finding(s)");
    }

    @Test
    void shouldTakeInOtherScannersSarifAndWriteAllFindingsAsSarif() throws Exception {
        addDependencies(OLD, "1.0.0");
        Files.createDirectories(workspace.resolve("build/reports"));
        Files.writeString(workspace.resolve("build/reports/semgrep.sarif"), "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":"
                + "{\"driver\":{\"name\":\"Semgrep OSS\",\"rules\":[{\"id\":\"js.eval\"}]}},\"results\":[{\"ruleId\":"
                + "\"js.eval\",\"level\":\"warning\",\"message\":{\"text\":\"eval of input\"},\"locations\":[{"
                + "\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"package.json\"},\"region\":{\"startLine\":1}}}]}]}]}");
        AiGatesStep step = new AiGatesStep();
        step.setExternalSarif("build/reports/*.sarif");

        Map<String, Object> result = execute(step);

        assertThat(result).containsEntry("findings", 1);
        String sarif = Files.readString(buildDir.resolve("ai-gates.sarif"));
        assertThat(sarif).contains("\"version\" : \"2.1.0\"").contains("semgrep-oss/js.eval");
        assertThat(Files.readString(buildDir.resolve("ai-gates.json"))).contains("external-sarif");
    }

    @Test
    void shouldStopOnAnOutageWhenTheAdminSaysFailClosed() throws Exception {
        addDependencies(OLD, "1.0.0");
        registry.failEverything();
        configuration.setOutagePolicy("failClosed");

        assertThatThrownBy(() -> execute(new AiGatesStep()))
                .isInstanceOf(AbortException.class)
                .hasMessageStartingWith("aiGates: OUTAGE: 1 dependency could not be verified");
        assertThat(run.getAction(GatesAction.class).getUnverified()).isEqualTo(1);
    }

    @Test
    void shouldGoOnWithAWarningOnAnOutageWhenTheAdminSaysFailOpen() throws Exception {
        addDependencies(OLD, "1.0.0");
        registry.failEverything();

        Map<String, Object> result = execute(new AiGatesStep());

        assertThat(result).containsEntry("outcome", "PASS").containsEntry("unverified", 1);
        assertThat(listener.text()).contains("could not be verified").doesNotContain("package-missing");
    }

    @Test
    void shouldLetTheJenkinsfileSwitchToFailClosed() throws Exception {
        addDependencies(OLD, "1.0.0");
        registry.failEverything();
        AiGatesStep step = new AiGatesStep();
        step.setOutagePolicy("fail-closed");

        assertThatThrownBy(() -> execute(step)).isInstanceOf(AbortException.class).hasMessageContaining("OUTAGE");
    }

    @Test
    void shouldTightenThePolicyFromTheJenkinsfile() throws Exception {
        addDependencies(OLD, "1.1.0"); // published two days ago: new-version, medium
        assertThat(execute(new AiGatesStep())).containsEntry("outcome", "PASS").containsEntry("medium", 1);

        AiGatesStep strict = new AiGatesStep();
        strict.setFailOn("low");

        assertThatThrownBy(() -> execute(strict)).isInstanceOf(AbortException.class)
                .hasMessageContaining("FAIL: medium dependency-age/new-version");
    }

    @Test
    void shouldIgnoreALooserPolicyAndSayWhy() throws Exception {
        addDependencies(OLD, "9.9.9"); // high
        configuration.setFailOn("high");
        AiGatesStep loose = new AiGatesStep();
        loose.setFailOn("critical");
        loose.setPackageMinAgeDays(1);

        assertThatThrownBy(() -> execute(loose)).isInstanceOf(AbortException.class)
                .hasMessageContaining("FAIL: high dependency-existence/version-missing");
        assertThat(listener.text())
                .contains("ignored failOn critical: looser than the admin's high")
                .contains("ignored packageMinAgeDays 1: lower than the admin's 90");
    }

    @Test
    void shouldMarkFailureAndGoOnWhenStopBuildIsFalse() throws Exception {
        addDependencies(MISSING, "2.0.0");
        AiGatesStep step = new AiGatesStep();
        step.setStopBuild(false);

        Map<String, Object> result = execute(step);

        assertThat(result).containsEntry("outcome", "FAIL").containsEntry("critical", 1);
        assertThat(run.getResult()).isEqualTo(Result.FAILURE);
        assertThat(node.getPersistentAction(WarningAction.class).getResult()).isEqualTo(Result.FAILURE);
        assertThat(listener.text()).contains("stopBuild is false");
    }

    @Test
    void shouldNotReplaceAWorseStageMarkWithAMilderOne() throws Exception {
        addDependencies(OLD, "9.9.9");
        node.addOrReplaceAction(new WarningAction(Result.FAILURE).withMessage("an earlier problem"));

        execute(new AiGatesStep());

        assertThat(node.getPersistentAction(WarningAction.class).getMessage()).isEqualTo("an earlier problem");
        assertThat(run.getResult()).isEqualTo(Result.UNSTABLE);
    }

    @Test
    void shouldSendTheRegistryCredentialsButNeverShowThem() throws Exception {
        addDependencies(OLD, "1.0.0");
        String header = "Basic " + Base64.getEncoder()
                .encodeToString(("ci-bot:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        registry.requireBasic(header);
        configuration.setRegistries(List.of(new RegistryEntry("npm", registry.url(), "npm-proxy", true)));
        environment.withUsernamePassword("npm-proxy", "ci-bot", PASSWORD);

        Map<String, Object> result = execute(new AiGatesStep());

        assertThat(result).containsEntry("outcome", "PASS").containsEntry("unverified", 0);
        assertThat(registry.authorizations()).containsOnly(header);
        assertThat(listener.text()).doesNotContain(PASSWORD).doesNotContain(header.substring(6))
                .contains("1 with credentials");
        assertThat(Files.readString(buildDir.resolve(ReportFiles.GATES_JSON))).doesNotContain(PASSWORD)
                .doesNotContain(header.substring(6));
    }

    @Test
    void shouldReportUnverifiedNotMissingWhenTheRegistryRefusesTheCredentials() throws Exception {
        addDependencies(OLD, "1.0.0");
        registry.requireBasic("Basic something-else");

        Map<String, Object> result = execute(new AiGatesStep());

        assertThat(result).containsEntry("outcome", "PASS").containsEntry("unverified", 1)
                .containsEntry("critical", 0);
    }

    @Test
    void shouldAbortBeforeTheAnalysisWhenTheCredentialsAreMissing() throws Exception {
        addDependencies(OLD, "1.0.0");
        configuration.setRegistries(List.of(new RegistryEntry("npm", registry.url(), "gone", true)));

        assertThatThrownBy(() -> execute(new AiGatesStep())).isInstanceOf(AbortException.class)
                .hasMessageContaining("the credentials 'gone' of registry npm registry 127.0.0.1");
        assertThat(registry.authorizations()).isEmpty();
        assertThat(listener.text()).doesNotContain("checking");
    }

    @Test
    void shouldAbortOnAnInvalidParameterValue() {
        AiGatesStep step = new AiGatesStep();

        assertThatThrownBy(() -> step.setFailOn("severe")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("aiGates: failOn: unknown severity 'severe'");
        assertThatThrownBy(() -> step.setOutagePolicy("maybe")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("failOpen or failClosed");
        assertThatThrownBy(() -> step.setScope("some")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> step.setVersionMinAgeDays(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldReuseTheProvenanceOfAnEarlierStepForTheSameRange() throws Exception {
        addDependencies(OLD, "1.0.0");
        attachProvenance(base);

        execute(new AiGatesStep());

        assertThat(listener.text()).contains("provenance from aiProvenance").doesNotContain("covers another range");
    }

    @Test
    void shouldComputeProvenanceAgainWhenTheEarlierRangeDiffers() throws Exception {
        addDependencies(OLD, "1.0.0");
        attachProvenance(null);

        execute(new AiGatesStep());

        assertThat(listener.text()).contains("covers another range");
    }

    @Test
    void shouldCacheTheAnswersInTheWorkspacesTemporaryFolder() throws Exception {
        addDependencies(OLD, "1.0.0");
        configuration.setCacheTtlHours(24);

        execute(new AiGatesStep());

        assertThat(temp.resolve("ws@tmp").resolve(GatesCallable.CACHE_FOLDER)).isDirectory();
    }

    @Test
    void shouldTakeTheRangeFromTheGitPluginsVariables() throws Exception {
        String head = addDependencies(OLD, "1.0.0");
        EnvVars env = new EnvVars("GIT_PREVIOUS_SUCCESSFUL_COMMIT", base, "GIT_COMMIT", head);

        execute(new AiGatesStep(), env);

        assertThat(listener.text()).contains(base + " (GIT_PREVIOUS_SUCCESSFUL_COMMIT) .. " + head + " (GIT_COMMIT)");
    }

    private String addDependencies(final String name, final String version) throws Exception {
        git.write("package.json", "{\n  \"name\": \"demo\",\n  \"version\": \"1.0.0\",\n  \"dependencies\": {\n"
                + "    \"" + name + "\": \"" + version + "\"\n  }\n}\n");
        return git.commit("Add " + name, DEVELOPER).name();
    }

    private void attachProvenance(final String provenanceBase) throws Exception {
        ProvenanceResult result = AiGovernance.provenance().repository(workspace).base(provenanceBase).call()
                .result();
        Files.writeString(buildDir.resolve(ReportFiles.PROVENANCE_JSON), ProvenanceJson.write(result));
        run.addAction(new ProvenanceAction(ProvenanceBuildSummary.of(result.summary())));
    }

    @Test
    void shouldTightenTheRiskPolicyFromTheJenkinsfileAndLogWhatItIgnores() throws Exception {
        addDependencies(OLD, "1.0.0");
        AiGatesStep step = new AiGatesStep();
        step.setRisk("outcome.low = UNSTABLE\nthreshold.critical = 99");

        Map<String, Object> result = execute(step);

        assertThat(result).containsEntry("outcome", "UNSTABLE").containsEntry("tier", "LOW")
                .containsEntry("findings", 0);
        assertThat(run.getResult()).isEqualTo(Result.UNSTABLE);
        assertThat(listener.text()).contains("ignored threshold.critical 99: higher than the admin's 75");
    }

    @Test
    void shouldApplyTheAdminsRiskPolicyWhichAJenkinsfileCannotLoosen() throws Exception {
        addDependencies(OLD, "1.0.0");
        configuration.setRiskPolicy("outcome.low = UNSTABLE\noutcome.medium = UNSTABLE");
        AiGatesStep step = new AiGatesStep();
        step.setRisk("outcome.low = PASS");

        Map<String, Object> result = execute(step);

        assertThat(result).containsEntry("outcome", "UNSTABLE");
        assertThat(listener.text()).contains("ignored outcome.low PASS");
    }

    @Test
    void shouldRefuseRiskTextThatCannotBeReadNamingTheLine() {
        AiGatesStep step = new AiGatesStep();

        assertThatThrownBy(() -> step.setRisk("threshold.high = 40\nweight.ai-share = 10"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("aiGates risk:2");
        assertThat(new AiGatesStep.DescriptorImpl().doCheckRisk("outcome.medium = SOMETIMES").kind)
                .isEqualTo(hudson.util.FormValidation.Kind.ERROR);
        assertThat(new AiGatesStep.DescriptorImpl().doCheckRisk("outcome.medium = APPROVAL").kind)
                .isEqualTo(hudson.util.FormValidation.Kind.OK);
        assertThat(step.getRisk()).isNull();
    }

    private Map<String, Object> execute(final AiGatesStep step) throws Exception {
        step.setBase(step.getBase() == null ? base : step.getBase());
        return execute(step, new EnvVars());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> execute(final AiGatesStep step, final EnvVars env) throws Exception {
        FakeStepContext context = new FakeStepContext()
                .with(Run.class, run)
                .with(FilePath.class, new FilePath(workspace.toFile()))
                .with(TaskListener.class, listener)
                .with(EnvVars.class, env)
                .with(FlowNode.class, node);
        new AiGatesStep.Execution(step, context, environment).start();
        return (Map<String, Object>) context.await();
    }

    private static Map<String, Integer> versions(final String first, final int firstAge, final String second,
            final int secondAge) {
        Map<String, Integer> versions = new LinkedHashMap<>();
        versions.put(first, firstAge);
        versions.put(second, secondAge);
        return versions;
    }
}
