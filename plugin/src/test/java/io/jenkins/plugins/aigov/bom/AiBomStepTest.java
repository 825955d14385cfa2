package io.jenkins.plugins.aigov.bom;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.thoughtworks.xstream.XStream;
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
import hudson.tasks.Fingerprinter;

import io.jenkins.plugins.aigov.approval.ApprovalRequest;
import io.jenkins.plugins.aigov.approval.ApprovalDecision;
import io.jenkins.plugins.aigov.approval.ApprovalAction;
import io.jenkins.plugins.aigov.engine.AiGovernance;
import io.jenkins.plugins.aigov.engine.bom.BomVerifier;
import io.jenkins.plugins.aigov.engine.gates.GatePolicy;
import io.jenkins.plugins.aigov.engine.gates.GatesResult;
import io.jenkins.plugins.aigov.engine.model.Decision;
import io.jenkins.plugins.aigov.engine.model.Outcome;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;
import io.jenkins.plugins.aigov.engine.report.GatesJson;
import io.jenkins.plugins.aigov.engine.report.ProvenanceJson;
import io.jenkins.plugins.aigov.engine.report.ReportFiles;
import io.jenkins.plugins.aigov.engine.testing.GitFixture;
import io.jenkins.plugins.aigov.provenance.FakeListener;
import io.jenkins.plugins.aigov.provenance.FakeRun;
import io.jenkins.plugins.aigov.provenance.FakeStepContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Drives {@code aiBom} end to end through the hand-written {@link FakeStepContext} (no JenkinsRule can run in this
 * build): a real git repository with a {@code package.json} and a Claude-co-authored commit, the real engine, and
 * {@link FakeBomEnvironment} for credentials, artifacts and fingerprints.
 */
class AiBomStepTest {
    private static final PersonIdent DEVELOPER = GitFixture.person("Dana Developer", "dana@example.com");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path temp;

    private Path buildDir;
    private GitFixture git;
    private String base;
    private String head;
    private FakeBomEnvironment environment;
    private FakeRun run;
    private FakeListener listener;
    private EnvVars env;

    @BeforeEach
    void setUp() throws Exception {
        Path workspace = Files.createDirectories(temp.resolve("ws"));
        buildDir = Files.createDirectories(temp.resolve("builds/7"));
        git = GitFixture.init(workspace);
        git.write("README.md", "A shop\n");
        git.write("package.json", "{\n  \"name\": \"shop\",\n  \"dependencies\": {\n    \"left-pad\": \"1.3.0\"\n  },\n"
                + "  \"devDependencies\": {\n    \"jest\": \"^29.7.0\"\n  }\n}\n");
        base = git.commit("Initial import", DEVELOPER).name();
        git.write("src/cart.js", "export const total = (items) => items.reduce((a, b) => a + b, 0);\n"
                + "export const count = (items) => items.length;\n");
        head = git.commit("Add the cart\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>\n", DEVELOPER)
                .name();
        environment = new FakeBomEnvironment(temp.resolve("archive")).withRootUrl("https://ci.example.com/");
        run = new FakeRun(buildDir.toFile(), 7);
        listener = new FakeListener();
        env = new EnvVars("JOB_NAME", "shop/main", "NODE_NAME", "linux-1", "GIT_URL",
                "https://git.example.com/shop.git");
        env.put("GIT_COMMIT", head);
    }

    @AfterEach
    void tearDown() {
        git.close();
    }

    private AiBomStep step() {
        AiBomStep step = new AiBomStep();
        step.setBase(base);
        return step;
    }

    private Map<String, Object> execute(final AiBomStep step) throws Exception {
        FakeStepContext context = new FakeStepContext()
                .with(Run.class, run)
                .with(FilePath.class, new FilePath(git.dir().toFile()))
                .with(TaskListener.class, listener)
                .with(EnvVars.class, env);
        new AiBomStep.Execution(step, context, environment).start();
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) context.await();
        return result;
    }

    private JsonNode bom() throws Exception {
        return MAPPER.readTree(buildDir.resolve(ReportFiles.BOM_JSON).toFile());
    }

    private static JsonNode component(final JsonNode bom, final String ref) {
        for (JsonNode component : bom.get("components")) {
            if (component.get("bom-ref").asText().equals(ref)) {
                return component;
            }
        }
        throw new AssertionError("no component " + ref);
    }

    @Test
    void shouldDeclareTheApprovalsPeopleMadeInThisBuild() throws Exception {
        ProvenanceResult provenance = AiGovernance.provenance().repository(git.dir()).base(base).head(head).call()
                .result();
        GatesResult gates = new GatesResult(GatesResult.SCHEMA_VERSION, provenance.range(), GatePolicy.defaults(),
                List.of(), List.of(), new Decision(Outcome.APPROVAL, "APPROVAL: risk HIGH", "HIGH", 60.0,
                        List.of("AI wrote most of the change")), List.of(), false);
        Files.writeString(buildDir.resolve(ReportFiles.GATES_JSON), GatesJson.write(gates));
        ApprovalAction approvals = ApprovalAction.of(run);
        long now = 1_790_000_000_000L;
        approvals.add(new ApprovalRequest("gates-1", "APPROVAL: risk HIGH", "HIGH", 60, List.of(), List.of(),
                List.of(), now, now + 60_000));
        approvals.add(new ApprovalRequest("gates-2", "APPROVAL: risk HIGH", "HIGH", 60, List.of(), List.of(),
                List.of(), now, now + 60_000));
        approvals.decide("gates-1", new ApprovalDecision(ApprovalDecision.Kind.APPROVED, "sam-reviewer", false, now,
                "checked the new package by hand"));
        approvals.decide("gates-2", new ApprovalDecision(ApprovalDecision.Kind.TIMED_OUT, null, null, now, null));

        execute(step());

        String bom = Files.readString(buildDir.resolve("bom.cdx.json"));
        assertThat(bom).contains("sam-reviewer").contains("checked the new package by hand");
        assertThat(AiBomStep.Execution.approvals(run)).as("a time-out is nobody's decision").hasSize(1);
    }

    @Test
    void shouldWriteAValidBomIntoTheRunDirectoryAndAttachTheAction() throws Exception {
        Map<String, Object> result = execute(step());

        JsonNode bom = bom();
        assertThat(bom.get("bomFormat").asText()).isEqualTo("CycloneDX");
        assertThat(bom.get("specVersion").asText()).isEqualTo("1.6");
        assertThat(component(bom, "model:claude-opus-4-5").get("type").asText()).isEqualTo("machine-learning-model");
        assertThat(component(bom, "file:src/cart.js").get("hashes").get(0).get("alg").asText()).isEqualTo("SHA-256");
        assertThat(component(bom, "pkg:npm/left-pad@1.3.0").get("scope").asText()).isEqualTo("required");
        JsonNode project = bom.get("metadata").get("component");
        assertThat(project.get("name").asText()).isEqualTo("shop/main");
        assertThat(project.get("externalReferences").toString())
                .contains("https://ci.example.com/job/run/7/", "https://git.example.com/shop.git");
        assertThat(bom.get("formulation").toString()).contains("linux-1", "Jenkins");

        BomAction action = run.getAction(BomAction.class);
        assertThat(action.getSerialNumber()).isEqualTo(bom.get("serialNumber").asText());
        assertThat(action.getDigest()).hasSize(64);
        assertThat(result).containsEntry("serialNumber", bom.get("serialNumber").asText())
                .containsEntry("digest", action.getDigest()).containsEntry("models", 1).containsEntry("agents", 1)
                .containsEntry("files", 1).containsEntry("dependencies", 2).containsEntry("signed", false)
                .containsEntry("decision", null);
        assertThat(action.getSummary().toMap()).isEqualTo(result);
        assertThat(buildDir.resolve(ReportFiles.BOM_STATEMENT)).doesNotExist();
        assertThat(listener.text()).contains("[aiBom] building the AI-BOM of " + base + " (base parameter) .. " + head)
                .contains("[aiBom] provenance computed for this BOM; no aiGates result to declare")
                .contains("[aiBom] AI-BOM urn:uuid:").contains("not signed");
    }

    @Test
    void shouldArchiveAndFingerprintTheBom() throws Exception {
        execute(step());

        Path archived = environment.archive().resolve("aigov/" + ReportFiles.BOM_JSON);
        assertThat(archived).hasSameBinaryContentAs(buildDir.resolve(ReportFiles.BOM_JSON));
        String md5 = BomRecorder.md5(buildDir.resolve(ReportFiles.BOM_JSON));
        assertThat(environment.fingerprints()).containsExactly(Map.entry("aigov/bom.cdx.json", md5));
        Fingerprinter.FingerprintAction fingerprints = run.getAction(Fingerprinter.FingerprintAction.class);
        assertThat(fingerprints.getRecords()).containsEntry("aigov/bom.cdx.json", md5);
    }

    @Test
    void shouldReuseTheProvenanceOfAnEarlierAiProvenanceStepOfTheSameRange() throws Exception {
        ProvenanceResult provenance = AiGovernance.provenance().repository(git.dir()).base(base).head(head).call()
                .result();
        Files.writeString(buildDir.resolve(ReportFiles.PROVENANCE_JSON), ProvenanceJson.write(provenance));

        execute(step());

        assertThat(listener.text()).contains("provenance from aiProvenance")
                .contains("[aiBom] provenance taken from aiProvenance");
        assertThat(component(bom(), "file:src/cart.js")).isNotNull();
    }

    @Test
    void shouldComputeProvenanceAgainWhenTheEarlierOneCoversAnotherRange() throws Exception {
        ProvenanceResult whole = AiGovernance.provenance().repository(git.dir()).call().result();
        Files.writeString(buildDir.resolve(ReportFiles.PROVENANCE_JSON), ProvenanceJson.write(whole));

        execute(step());

        assertThat(listener.text()).contains("covers another range; provenance of this range is computed again")
                .contains("[aiBom] provenance computed for this BOM");
    }

    @Test
    void shouldDeclareTheGateResultsWhenAiGatesRanBefore() throws Exception {
        ProvenanceResult provenance = AiGovernance.provenance().repository(git.dir()).base(base).head(head).call()
                .result();
        GatesResult gates = new GatesResult(GatesResult.SCHEMA_VERSION, provenance.range(), GatePolicy.defaults(),
                List.of(), List.of(), new Decision(Outcome.PASS, "no findings", "LOW", 0.0, List.of("no findings")),
                List.of(), false);
        Files.writeString(buildDir.resolve(ReportFiles.GATES_JSON), GatesJson.write(gates));

        Map<String, Object> result = execute(step());

        assertThat(result).containsEntry("decision", "PASS");
        JsonNode declarations = bom().get("declarations");
        assertThat(declarations.get("attestations").get(0).get("summary").asText()).contains("PASS");
        assertThat(listener.text()).contains("gate results from aiGates").contains("gate results declared");
        BomViewModel page = new BomViewModel(run.getAction(BomAction.class));
        assertThat(page.getDeclarations()).extracting(DeclarationRow::getRequirement).contains("decision");
        assertThat(page.getDeclarations()).filteredOn(r -> r.getRequirement().equals("decision"))
                .singleElement().satisfies(r -> {
                    assertThat(r.getAssessor()).isEqualTo("aigov");
                    assertThat(r.getScore()).isEqualTo("1.0");
                });
        assertThat(page.getAttestations()).singleElement().asString().contains("PASS");
    }

    @Test
    void shouldSignWithAnEd25519KeyFromASecretTextAndNeverShowTheKey() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String privatePem = pem("PRIVATE KEY", pair.getPrivate().getEncoded());
        environment.withSecretText("bom-key", privatePem);
        AiBomStep step = step();
        step.setSign("bom-key");

        Map<String, Object> result = execute(step);

        assertThat(result).containsEntry("signed", true);
        byte[] bomBytes = Files.readAllBytes(buildDir.resolve(ReportFiles.BOM_JSON));
        String envelope = Files.readString(buildDir.resolve(ReportFiles.BOM_STATEMENT));
        var verification = BomVerifier.verify(bomBytes, envelope, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        assertThat(verification.isOk()).as(verification.message()).isTrue();
        assertThat(result.get("keyId")).isEqualTo(verification.keyId());
        BomAction action = run.getAction(BomAction.class);
        assertThat(action.getAlgorithm()).isEqualTo("Ed25519");
        assertThat(environment.archive().resolve("aigov/" + ReportFiles.BOM_STATEMENT)).hasContent(envelope.strip());
        assertThat(environment.fingerprints()).containsKeys("aigov/bom.cdx.json", "aigov/bom.intoto.jsonl");

        String keyBody = privatePem.lines().skip(1).findFirst().orElseThrow();
        String buildXml = xstream().toXML(action);
        assertThat(listener.text()).contains("signed with the key of credentials 'bom-key' (Ed25519")
                .doesNotContain(keyBody);
        assertThat(buildXml).doesNotContain(keyBody).contains("<keyId>" + verification.keyId() + "</keyId>");
        assertThat(result.toString()).doesNotContain(keyBody);
        SigningKey key = SigningKey.resolve("bom-key", environment, run);
        assertThat(key.toString()).isEqualTo("SigningKey[credentials bom-key, key hidden]").doesNotContain(keyBody);
        assertThat(key).isNotInstanceOf(java.io.Serializable.class);
    }

    @Test
    void shouldSignWithAnEcdsaP256KeyFromASecretFile() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        environment.withSecretFile("bom-key-file", pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        AiBomStep step = step();
        step.setSign("bom-key-file");

        execute(step);

        var verification = BomVerifier.verify(Files.readAllBytes(buildDir.resolve(ReportFiles.BOM_JSON)),
                Files.readString(buildDir.resolve(ReportFiles.BOM_STATEMENT)),
                pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        assertThat(verification.isOk()).as(verification.message()).isTrue();
        assertThat(run.getAction(BomAction.class).getAlgorithm()).isEqualTo("ECDSA-P256-SHA256");
    }

    @Test
    void shouldStopBeforeAnyWorkWhenTheSigningCredentialsAreMissing() {
        AiBomStep step = step();
        step.setSign("nowhere");

        assertThatThrownBy(() -> execute(step)).isInstanceOf(AbortException.class)
                .hasMessageContaining("the signing credentials 'nowhere' were not found");
        assertThat(buildDir.resolve(ReportFiles.BOM_JSON)).doesNotExist();
        assertThat(run.getAction(BomAction.class)).isNull();
    }

    @Test
    void shouldRejectASecretThatIsNotAKeyWithoutQuotingIt() {
        environment.withSecretText("not-a-key", "hunter2-correct-horse");
        AiBomStep step = step();
        step.setSign("not-a-key");

        assertThatThrownBy(() -> execute(step)).isInstanceOf(AbortException.class)
                .hasMessageContaining("do not hold a PKCS#8 PEM Ed25519 or ECDSA P-256 private key")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
        assertThat(listener.text()).doesNotContain("hunter2");
    }

    @Test
    void shouldTakeTheProjectNameAndVersionFromTheParameters() throws Exception {
        AiBomStep step = step();
        step.setProjectName("Shop");
        step.setProjectVersion("2.0.0");

        execute(step);

        JsonNode project = bom().get("metadata").get("component");
        assertThat(project.get("name").asText()).isEqualTo("Shop");
        assertThat(project.get("version").asText()).isEqualTo("2.0.0");
        assertThat(run.getAction(BomAction.class).getProjectVersion()).isEqualTo("2.0.0");
    }

    @Test
    void shouldRemoveTheEnvelopeOfAnEarlierSignedBomOfTheBuild() throws Exception {
        Files.writeString(buildDir.resolve(ReportFiles.BOM_STATEMENT), "{}\n");

        execute(step());

        assertThat(buildDir.resolve(ReportFiles.BOM_STATEMENT)).doesNotExist();
    }

    @Test
    void shouldHaveTheStepFunctionNameAndContext() {
        AiBomStep.DescriptorImpl descriptor = new AiBomStep.DescriptorImpl();

        assertThat(descriptor.getFunctionName()).isEqualTo("aiBom");
        assertThat(new java.util.HashSet<Object>(descriptor.getRequiredContext())).contains(Run.class, FilePath.class, TaskListener.class,
                EnvVars.class, hudson.Launcher.class);
    }

    static XStream xstream() {
        XStream xstream = new XStream();
        xstream.allowTypesByWildcard(new String[] {"io.jenkins.plugins.aigov.**"});
        return xstream;
    }

    static String pem(final String label, final byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }
}
