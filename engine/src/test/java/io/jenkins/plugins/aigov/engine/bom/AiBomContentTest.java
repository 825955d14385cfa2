package io.jenkins.plugins.aigov.engine.bom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.AiGovernance;
import io.jenkins.plugins.aigov.engine.provenance.FileProvenance;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;

import static io.jenkins.plugins.aigov.engine.bom.BomTrees.component;
import static io.jenkins.plugins.aigov.engine.bom.BomTrees.dependsOn;
import static io.jenkins.plugins.aigov.engine.bom.BomTrees.values;
import static org.assertj.core.api.Assertions.assertThat;

/** What the BOM of a repository written by several agents says. */
class AiBomContentTest {
    @TempDir
    static Path tmp;
    static ProvenanceResult provenance;
    static AiBom bom;
    static JsonNode tree;

    @BeforeAll
    static void build() throws Exception {
        provenance = BomFixtures.aiRepository(tmp.resolve("repo"), "");
        bom = BomFixtures.fullBuilder(provenance).build();
        tree = BomTrees.tree(bom);
    }

    private static List<JsonNode> ofType(final String type) {
        List<JsonNode> found = new ArrayList<>();
        tree.path("components").forEach(c -> {
            if (c.path("type").asText().equals(type)) {
                found.add(c);
            }
        });
        return found;
    }

    @Test
    void shouldListEveryModelOnceWithItsProvider() {
        List<JsonNode> models = ofType("machine-learning-model");

        assertThat(models).extracting(m -> m.path("name").asText())
                .containsExactly("claude-opus-4-5", "claude-sonnet-4-5-20250929", "gpt-4o");
        assertThat(models).extracting(m -> m.path("publisher").asText())
                .containsExactly("Anthropic", "Anthropic", "OpenAI");
        assertThat(models).allSatisfy(m -> assertThat(m.path("modelCard").isObject()).isTrue());
        assertThat(component(tree, "model:claude-sonnet-4-5-20250929").path("version").asText())
                .isEqualTo("20250929");
        assertThat(component(tree, "model:gpt-4o").has("version")).isFalse();
    }

    @Test
    void shouldListTheAgentsAsApplicationsThatDependOnTheirModels() {
        assertThat(ofType("application")).extracting(a -> a.path("bom-ref").asText())
                .containsExactly("agent:aider", "agent:claude-code", "agent:copilot");
        assertThat(dependsOn(tree, "agent:claude-code"))
                .containsExactly("model:claude-opus-4-5", "model:claude-sonnet-4-5-20250929");
        assertThat(dependsOn(tree, "agent:aider")).containsExactly("model:gpt-4o");
    }

    @Test
    void shouldListEveryAiTouchedFileWithTheHashOfTheProvenance() {
        List<FileProvenance> aiFiles = provenance.files().stream().filter(FileProvenance::isAiTouched).toList();
        List<JsonNode> files = ofType("file");

        assertThat(files).extracting(f -> f.path("name").asText())
                .containsExactlyElementsOf(aiFiles.stream().map(FileProvenance::path).sorted().toList());
        for (FileProvenance file : aiFiles) {
            JsonNode node = component(tree, "file:" + file.path());
            assertThat(node.path("hashes").get(0).path("alg").asText()).isEqualTo("SHA-256");
            assertThat(node.path("hashes").get(0).path("content").asText()).isEqualTo(file.sha256());
            assertThat(values(node, "aigov:lines.aiGenerated"))
                    .containsExactly(String.valueOf(file.addedLines().aiGenerated()));
            assertThat(values(node, "aigov:commits")).containsExactlyInAnyOrderElementsOf(file.commits());
        }
        assertThat(files).extracting(f -> f.path("name").asText()).doesNotContain("README.md", "docs/notes.md");
    }

    @Test
    void shouldDescribeAFileWithTheAigovProperties() {
        JsonNode app = component(tree, "file:src/main/java/App.java");

        assertThat(values(app, "aigov:origin")).containsExactly("AI_ASSISTED");
        assertThat(values(app, "aigov:agent")).containsExactly("claude-code");
        assertThat(values(app, "aigov:model")).containsExactly("claude-opus-4-5");
        assertThat(values(app, "aigov:lines.aiAssisted")).containsExactly("12");
        assertThat(values(app, "aigov:lines.human")).containsExactly("0");
        assertThat(values(app, "aigov:lines.unknown")).containsExactly("0");
        assertThat(values(app, "aigov:references")).containsExactly("https://claude.ai/code/session_01AbCdEf");
        assertThat(values(app, "aigov:reviewers")).containsExactly("Sam Reviewer <sam@example.com>");
        assertThat(values(component(tree, "file:src/main/java/Parser.java"), "aigov:origin"))
                .containsExactly("AI_GENERATED");
    }

    @Test
    void shouldTieFilesToTheAgentAndModelThatProducedThemInTheFormulation() {
        JsonNode generation = tree.path("formulation").get(0).path("workflows").get(1);
        JsonNode appTask = null;
        for (JsonNode task : generation.path("tasks")) {
            if (task.path("outputs").toString().contains("file:src/main/java/App.java")) {
                appTask = task;
            }
        }

        assertThat(generation.path("bom-ref").asText()).isEqualTo("workflow:ai-generation");
        assertThat(generation.path("tasks")).hasSize(4);
        assertThat(appTask).isNotNull();
        assertThat(appTask.path("inputs").findValuesAsText("ref"))
                .containsExactly("agent:claude-code", "model:claude-opus-4-5");
        assertThat(appTask.path("resourceReferences").findValuesAsText("url"))
                .containsExactly("https://claude.ai/code/session_01AbCdEf");
    }

    @Test
    void shouldRecordTheBuildContextAndRange() {
        JsonNode build = tree.path("formulation").get(0).path("workflows").get(0);

        assertThat(build.path("uid").asText()).isEqualTo(BomFixtures.BUILD_URL);
        assertThat(values(build, "aigov:context.ci")).containsExactly("Jenkins");
        assertThat(values(build, "aigov:context.runner")).containsExactly("linux-agent-1");
        assertThat(values(build, "aigov:range.head")).containsExactly(provenance.range().headId());
        JsonNode project = tree.path("metadata").path("component");
        assertThat(project.path("externalReferences").findValuesAsText("type")).containsExactly("vcs", "build-system");
        assertThat(values(project, "aigov:vcs.commit")).containsExactly(provenance.range().headId());
        assertThat(tree.path("metadata").path("tools").path("components").get(0).path("version").asText())
                .isEqualTo("0.1.0");
        assertThat(tree.path("metadata").path("timestamp").asText()).isEqualTo("2026-01-05T10:00:00Z");
    }

    @Test
    void shouldWriteAPurlForEachEcosystem() {
        assertThat(ofType("library")).filteredOn(l -> l.has("purl")).extracting(l -> l.path("purl").asText())
                .containsExactly(
                "pkg:cargo/rand@0.8.5",
                "pkg:cargo/serde",
                "pkg:golang/github.com/azure/go-autorest@v14.2.0%2Bincompatible",
                "pkg:maven/org.apache.commons/commons-lang3@3.17.0",
                "pkg:maven/org.junit.jupiter/junit-jupiter",
                "pkg:npm/%40angular/core@17.3.1",
                "pkg:npm/rxjs@7.8.1",
                "pkg:npm/typescript",
                "pkg:pypi/flask-cors@4.0.1");
        assertThat(tree.path("components").findValuesAsText("purl")).doesNotContain("pkg:maven/org.apache.commons/"
                + "commons-bom@1.0");
        assertThat(component(tree, "dependency:npm/local-lib").has("purl")).isFalse();
    }

    @Test
    void shouldKeepTheDeclaredRangeScopeAndManifestLines() {
        JsonNode junit = component(tree, "pkg:maven/org.junit.jupiter/junit-jupiter");
        JsonNode angular = component(tree, "pkg:npm/%40angular/core@17.3.1");

        assertThat(junit.path("scope").asText()).isEqualTo("optional");
        assertThat(values(junit, "aigov:declaredVersion")).containsExactly("[5.10,6)");
        assertThat(values(junit, "aigov:manifest")).containsExactly("pom.xml:27");
        assertThat(angular.path("scope").asText()).isEqualTo("required");
        assertThat(angular.path("group").asText()).isEqualTo("@angular");
        assertThat(values(angular, "aigov:declaredVersion")).containsExactly("^17.3.0");
        assertThat(values(angular, "aigov:manifest"))
                .containsExactly("web/package-lock.json:40", "web/package.json:8");
        assertThat(angular.path("evidence").path("occurrences")).hasSize(2);
    }

    @Test
    void shouldLinkTheProjectToDirectDependenciesAndLockParentsToChildren() {
        List<String> direct = dependsOn(tree, "project:shop");

        assertThat(direct).contains("pkg:npm/%40angular/core@17.3.1", "pkg:cargo/serde")
                .doesNotContain("pkg:npm/rxjs@7.8.1");
        assertThat(dependsOn(tree, "pkg:npm/%40angular/core@17.3.1")).containsExactly("pkg:npm/rxjs@7.8.1");
    }

    @Test
    void shouldDeclareTheDecisionTheGatesAndTheApproval() {
        JsonNode declarations = tree.path("declarations");

        assertThat(declarations.path("attestations").get(0).path("summary").asText())
                .isEqualTo("Gate decision APPROVAL (tier high, score 62.5)");
        assertThat(declarations.path("claims").findValuesAsText("bom-ref")).containsExactly(
                "claim:gate:dependency-existence", "claim:gate:security-patterns", "claim:gate:typosquat",
                "claim:decision");
        assertThat(declarations.path("attestations").get(1).path("assessor").asText())
                .isEqualTo("assessor:approver:alice");
        assertThat(declarations.path("affirmation").path("signatories").get(0).path("name").asText())
                .isEqualTo("alice");
        assertThat(declarations.path("targets").path("components").get(0).path("bom-ref").asText())
                .isEqualTo("target:change-range");
        assertThat(tree.path("definitions").path("standards").get(0).path("requirements").findValuesAsText("bom-ref"))
                .contains("requirement:gate:security-patterns", "requirement:decision");
        String security = declarations.path("evidence").get(1).path("data").get(0).path("contents")
                .path("attachment").path("content").asText();
        assertThat(security).contains("\"aws-access-key\":1", "src/main/java/App.java:3", "\"high\":1");
        assertThat(values(tree.path("metadata"), "aigov:decision.outcome")).containsExactly("APPROVAL");
    }

    @Test
    void shouldNeverCopyASnippetMessageOrEvidenceIntoTheBom() {
        assertThat(bom.toJson()).doesNotContain(BomFixtures.FAKE_SECRET).doesNotContain("md5(x)")
                .doesNotContain("rotate it");
    }

    @Test
    void shouldBeReachableFromTheFacade() throws Exception {
        AiBom again = new AiBomBuilder().input(BomFixtures.fullBuilder(provenance).toInput()).build();

        assertThat(again.toJson()).isEqualTo(bom.toJson());
    }
}
