package io.jenkins.plugins.aigov.bom;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.kohsuke.stapler.StaplerResponse2;

import io.jenkins.plugins.aigov.engine.AiGovernance;
import io.jenkins.plugins.aigov.engine.bom.AiBom;
import io.jenkins.plugins.aigov.engine.bom.Approval;
import io.jenkins.plugins.aigov.engine.gates.GatePolicy;
import io.jenkins.plugins.aigov.engine.gates.GatesResult;
import io.jenkins.plugins.aigov.engine.model.Decision;
import io.jenkins.plugins.aigov.engine.model.Outcome;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;
import io.jenkins.plugins.aigov.engine.report.ReportFiles;
import io.jenkins.plugins.aigov.engine.testing.GitFixture;
import io.jenkins.plugins.aigov.provenance.FakeRun;

import static org.assertj.core.api.Assertions.assertThat;

/** The build record: the summary in build.xml, the BOM read lazily, the page's tables and downloads. */
class BomActionTest {
    private static final PersonIdent DEVELOPER = GitFixture.person("Dana Developer", "dana@example.com");

    @TempDir
    Path temp;

    private Path buildDir;
    private FakeRun run;
    private BomAction action;
    private AiBom bom;

    @BeforeEach
    void record() throws Exception {
        Path repo = temp.resolve("repo");
        try (GitFixture git = GitFixture.init(repo)) {
            git.write("pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>com.example</groupId>"
                    + "<artifactId>shop</artifactId><version>1.0</version><dependencies><dependency>"
                    + "<groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId><version>2.0.17</version>"
                    + "</dependency><dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter"
                    + "</artifactId><version>5.11.0</version><scope>test</scope></dependency></dependencies>"
                    + "</project>\n");
            git.commit("Initial", DEVELOPER);
            git.write("src/Cart.java", "class Cart {\n  int total;\n}\n");
            git.commit("Add the cart\n\nCo-Authored-By: Claude Sonnet 4.5 <noreply@anthropic.com>\n"
                    + "Reviewed-by: Rita Reviewer <rita@example.com>\n", DEVELOPER);
        }
        ProvenanceResult provenance = AiGovernance.provenance().repository(repo).call().result();
        GatesResult gates = new GatesResult(GatesResult.SCHEMA_VERSION, provenance.range(), GatePolicy.defaults(),
                List.of(), List.of(), new Decision(Outcome.APPROVAL, "needs a look", "MEDIUM", 30.0,
                        List.of("sensitive path: +30")), List.of(), false);
        bom = AiGovernance.bom().repository(repo).provenance(provenance).gates(gates)
                .approval(new Approval("sam", true, Approval.Decision.APPROVED, Instant.parse("2026-01-02T03:04:05Z"),
                        "looked fine"))
                .project("shop", "1.0", null).toolVersion("test").call();
        buildDir = Files.createDirectories(temp.resolve("builds/3"));
        Files.write(buildDir.resolve(ReportFiles.BOM_JSON), bom.bytes());
        run = new FakeRun(buildDir.toFile(), 3);
        action = new BomAction(new BomBuildSummary(BomContent.read(bom.bytes()), bom.digest(), 0, null, null));
        run.addAction(action);
    }

    @Test
    void shouldKeepOnlyTheSummaryInBuildXml() {
        String xml = AiBomStepTest.xstream().toXML(action);

        assertThat(xml).contains("<serialNumber>" + bom.serialNumber() + "</serialNumber>", "<models>1</models>",
                "<decision>APPROVAL</decision>").doesNotContain("Cart.java", "owner", "lock", "detail", "record");
        BomAction restored = (BomAction) AiBomStepTest.xstream().fromXML(xml);
        restored.onLoad(run);
        assertThat(restored.getSummary().toMap()).isEqualTo(action.getSummary().toMap());
        assertThat(restored.isContentLoaded()).isFalse();
        assertThat(new BomViewModel(restored).getFiles()).hasSize(1);
        assertThat(restored.isContentLoaded()).isTrue();
    }

    @Test
    void shouldExportTheSummary() {
        assertThat(action.getUrlName()).isEqualTo("ai-bom");
        assertThat(action.getDisplayName()).isEqualTo("AI-BOM");
        assertThat(action.getSerialNumber()).isEqualTo(bom.serialNumber());
        assertThat(action.getDigest()).isEqualTo(bom.digest());
        assertThat(action.getProjectName()).isEqualTo("shop");
        assertThat(action.getModels()).isEqualTo(1);
        assertThat(action.getAgents()).isEqualTo(1);
        assertThat(action.getFiles()).isEqualTo(1);
        assertThat(action.getDependencies()).isEqualTo(2);
        assertThat(action.isSigned()).isFalse();
        assertThat(action.getTarget()).isInstanceOf(BomViewModel.class);
    }

    @Test
    void shouldShowModelsAgentsFilesDependenciesAndDeclarations() {
        BomViewModel page = new BomViewModel(action);

        assertThat(page.getSpecVersion()).isEqualTo("1.6");
        assertThat(page.getRange()).startsWith("(whole history) .. ");
        assertThat(page.getAiShare()).endsWith("%");
        assertThat(page.getModels()).singleElement().satisfies(model -> {
            assertThat(model.getName()).isEqualTo("claude-sonnet-4-5");
            assertThat(model.getProvider()).isEqualTo("Anthropic");
            assertThat(model.getCommits()).isEqualTo("1");
        });
        assertThat(page.getAgents()).singleElement().satisfies(agent -> {
            assertThat(agent.getModels()).isEqualTo("claude-sonnet-4-5");
            assertThat(agent.getCommits()).isEqualTo("1");
        });
        assertThat(page.getFiles()).singleElement().satisfies(file -> {
            assertThat(file.getPath()).isEqualTo("src/Cart.java");
            assertThat(file.getSha256()).hasSize(64);
            assertThat(file.getOrigin()).startsWith("AI_");
            assertThat(file.getModels()).isEqualTo("claude-sonnet-4-5");
            assertThat(file.getCommits()).isEqualTo(1);
            assertThat(file.getReviewers()).contains("Rita Reviewer");
            assertThat(file.getProperties()).contains("aigov:model=claude-sonnet-4-5");
        });
        assertThat(page.getDependencies()).extracting(DependencyRow::getPurl, DependencyRow::getScope,
                DependencyRow::getName).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("pkg:maven/org.junit.jupiter/junit-jupiter@5.11.0",
                                "optional", "org.junit.jupiter:junit-jupiter"),
                        org.assertj.core.groups.Tuple.tuple("pkg:maven/org.slf4j/slf4j-api@2.0.17", "required",
                                "org.slf4j:slf4j-api"));
        assertThat(page.getAttestations()).hasSize(2);
        assertThat(page.getAttestations().get(0)).contains("APPROVAL");
        assertThat(page.getDeclarations()).anySatisfy(row -> {
            assertThat(row.getAssessor()).isEqualTo("approver:sam");
            assertThat(row.getRequirement()).isEqualTo("decision");
            assertThat(row.getScore()).isEqualTo("1.0");
            assertThat(row.getRationale()).contains("looked fine");
        });
    }

    @Test
    void shouldServeTheBomWithTheCycloneDxContentType() throws Exception {
        FakeResponse response = new FakeResponse();

        new BomViewModel(action).doBom(response.proxy());

        assertThat(response.headers).containsEntry("Content-Type", "application/vnd.cyclonedx+json")
                .containsEntry("Content-Disposition", "attachment; filename=\"bom.cdx.json\"");
        assertThat(response.body.toByteArray()).isEqualTo(bom.bytes());
    }

    @Test
    void shouldServeTheEnvelopeAsNdjsonAndSay404WithoutOne() throws Exception {
        FakeResponse missing = new FakeResponse();
        new BomViewModel(action).doEnvelope(missing.proxy());
        assertThat(missing.error).isEqualTo(404);
        assertThat(new BomViewModel(action).isEnvelopeAvailable()).isFalse();

        Files.writeString(buildDir.resolve(ReportFiles.BOM_STATEMENT), "{\"payloadType\":\"x\"}\n");
        FakeResponse present = new FakeResponse();
        new BomViewModel(action).doEnvelope(present.proxy());
        assertThat(present.headers).containsEntry("Content-Type", "application/x-ndjson");
        assertThat(present.body.toString()).isEqualTo("{\"payloadType\":\"x\"}\n");
    }

    @Test
    void shouldShowEmptyTablesWhenTheBomIsMissing() throws Exception {
        Files.delete(buildDir.resolve(ReportFiles.BOM_JSON));
        BomAction fresh = new BomAction(action.getSummary());
        fresh.onLoad(run);
        BomViewModel page = new BomViewModel(fresh);

        assertThat(page.isDetailAvailable()).isFalse();
        assertThat(page.getModels()).isEmpty();
        assertThat(page.getDeclarations()).isEmpty();
        assertThat(page.getSummary().getModels()).isEqualTo(1);
    }

    /** A hand-written response: Stapler's is an interface of the servlet API, recorded through a proxy. */
    static final class FakeResponse {
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        int error;

        StaplerResponse2 proxy() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(final WriteListener listener) {
                    // synchronous
                }

                @Override
                public void write(final int b) {
                    body.write(b);
                }
            };
            return (StaplerResponse2) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {StaplerResponse2.class}, (self, method, args) -> {
                        switch (method.getName()) {
                            case "setContentType" -> headers.put("Content-Type", (String) args[0]);
                            case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                            case "sendError" -> error = (Integer) args[0];
                            case "getOutputStream" -> {
                                return out;
                            }
                            default -> {
                                // content length and the like
                            }
                        }
                        return null;
                    });
        }
    }
}
