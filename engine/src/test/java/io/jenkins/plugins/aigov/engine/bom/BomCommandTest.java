package io.jenkins.plugins.aigov.engine.bom;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.AiGovernance;
import io.jenkins.plugins.aigov.engine.GovernanceException;
import io.jenkins.plugins.aigov.engine.model.Decision;
import io.jenkins.plugins.aigov.engine.gates.GatePolicy;
import io.jenkins.plugins.aigov.engine.gates.GatesResult;
import io.jenkins.plugins.aigov.engine.model.Outcome;
import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Severity;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;
import io.jenkins.plugins.aigov.engine.testing.GitFixture;

import static io.jenkins.plugins.aigov.engine.testing.GitFixture.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The BOM of a real repository: provenance computed, dependencies read from the manifests at head, gate results
 * and an approval taken in.
 */
class BomCommandTest {
    private static final PersonIdent DEV = person("Jane Doe", "jane@example.com");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path shop() {
        Path dir = tmp.resolve("shop");
        try (GitFixture repo = GitFixture.init(dir)) {
            repo.write("package.json", "{\n  \"name\": \"shop\",\n  \"dependencies\": {\n"
                    + "    \"left-pad\": \"1.3.0\"\n  }\n}\n");
            repo.commit("Initial", DEV);
            repo.write("src/cart.js", "export const total = (items) => items.reduce((a, b) => a + b, 0);\n");
            repo.commit("Add cart\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>\n", DEV);
        }
        return dir;
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
    void shouldListTheDependenciesAtHeadTheModelAndTheAiWrittenFile() throws Exception {
        AiBom bom = AiGovernance.bom().repository(shop()).toolVersion("0.1.0").call();

        JsonNode json = MAPPER.readTree(bom.toJson());
        assertThat(json.get("specVersion").asText()).isEqualTo("1.6");
        assertThat(component(json, "pkg:npm/left-pad@1.3.0").get("purl").asText())
                .isEqualTo("pkg:npm/left-pad@1.3.0");
        assertThat(component(json, "file:src/cart.js").get("type").asText()).isEqualTo("file");
        assertThat(component(json, "model:claude-opus-4-5").get("type").asText())
                .isEqualTo("machine-learning-model");
        assertThat(json.get("metadata").get("component").get("name").asText()).isEqualTo("shop");
    }

    @Test
    void shouldBeTheSameForTheSameHead() throws Exception {
        Path repo = shop();

        AiBom first = AiGovernance.bom().repository(repo).call();
        AiBom second = AiGovernance.bom().repository(repo).call();

        assertThat(second.toJson()).isEqualTo(first.toJson());
        assertThat(second.serialNumber()).isEqualTo(first.serialNumber());
    }

    @Test
    void shouldDeclareTheGateDecisionAndTheApproval() throws Exception {
        Path repo = shop();
        ProvenanceResult provenance = AiGovernance.provenance().repository(repo).call().result();
        Finding finding = new Finding("typosquat", "typosquat-name", Severity.HIGH, null, "package.json", 4,
                "left-pad looks like a popular package", null, null, "fp", true, true, null, null);
        GatesResult gates = new GatesResult(GatesResult.SCHEMA_VERSION, provenance.range(), GatePolicy.defaults(),
                List.of(), List.of(finding), new Decision(Outcome.APPROVAL, "a typosquat on an AI-written line",
                        "HIGH", 62.5, List.of("typosquat on an AI-written line: +40")), List.of(), false);

        AiBom bom = AiGovernance.bom().repository(repo).provenance(provenance).gates(gates)
                .approval(new Approval("sam", true, Approval.Decision.APPROVED, Instant.parse("2026-11-22T08:00:00Z"),
                        "checked the package by hand"))
                .call();

        String json = bom.toJson();
        assertThat(MAPPER.readTree(json).get("declarations")).isNotNull();
        assertThat(json).contains("APPROVAL").contains("sam").contains("typosquat-name");
    }

    @Test
    void shouldRejectAFolderThatIsNotARepository() {
        assertThatThrownBy(() -> AiGovernance.bom().repository(tmp).call())
                .isInstanceOfSatisfying(GovernanceException.class, e -> assertThat(e.isUsageError()).isTrue());
    }
}
