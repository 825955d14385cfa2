package io.jenkins.plugins.aigov.engine.gates;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.AiGovernance;
import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;
import io.jenkins.plugins.aigov.engine.dependencies.registry.LookupOutcome;
import io.jenkins.plugins.aigov.engine.dependencies.registry.LoopbackRegistries;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistryConfig;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistrySettings;
import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.OutagePolicy;
import io.jenkins.plugins.aigov.engine.model.Outcome;
import io.jenkins.plugins.aigov.engine.model.Severity;
import io.jenkins.plugins.aigov.engine.report.GatesJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when": a real git repository whose range adds manifests that mix real packages, invented names,
 * typosquats and packages published today, checked against real loopback registries ({@link GatesDemo}).
 */
@ExtendWith(LoopbackRegistries.NpmExtension.class)
class GatesEndToEndTest {
    @TempDir
    private Path temp;
    private GatesDemo demo;

    @BeforeEach
    void createProject(final LoopbackRegistries.NpmRegistry npm) throws Exception {
        demo = GatesDemo.create(temp, npm.url());
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private GatesReport run(final GatePolicy policy, final RegistrySettings settings) throws Exception {
        return AiGovernance.gates().repository(demo.repository()).base(demo.base()).head(demo.head()).policy(policy)
                .registries(settings).call();
    }

    @Test
    void shouldReportEveryDependencyOfTheRangeCorrectly() throws Exception {
        GatesReport report = run(GatePolicy.defaults(), demo.settings(temp.resolve("cache")));
        GatesResult result = report.result();

        assertThat(rulesByPackage(result)).isEqualTo(new TreeMap<>(Map.ofEntries(
                Map.entry("npm:aigov-fresh-lib", Set.of("new-package", "new-version")),
                Map.entry("npm:aigov-held-name", Set.of("package-unpublished")),
                Map.entry("npm:expresss", Set.of("typosquat-name", "package-missing")),
                Map.entry("npm:react-ai-helper-utils", Set.of("package-missing")),
                Map.entry("npm:aigov-deprecated-lib", Set.of("version-missing")),
                Map.entry("npm:crossenv", Set.of("watchlisted-name", "typosquat-name", "package-missing")),
                Map.entry("npm:aigov-old-lb", Set.of("typosquat-name", "package-missing")),
                Map.entry("pypi:reqeusts", Set.of("typosquat-name", "package-missing")),
                Map.entry("pypi:fastapi-ai-toolkit-pro", Set.of("package-missing")),
                Map.entry("pypi:fresh-pypi-pkg", Set.of("new-package", "new-version")),
                Map.entry("pypi:fastapi_magic_utils", Set.of("hallucinated-import")),
                Map.entry("pypi:pyyaml", Set.of("undeclared-import")),
                Map.entry("maven:org.slf4j:slf4j-api", Set.of("version-missing")),
                Map.entry("maven:com.fasterxmI.jackson.core:jackson-databind", Set.of("typosquat-name",
                        "package-missing")),
                Map.entry("maven:io.acme.fresh:fresh-client", Set.of("new-package", "new-version")),
                Map.entry("maven:org.invented.ai:magic-json-helper", Set.of("package-missing")))));
        assertThat(result.decision().outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.decision().reason()).startsWith("FAIL: critical ");
        assertThat(report.log().get(0)).startsWith("AI gates: FAIL - FAIL: critical");
        assertThat(result.checks()).extracting(c -> c.lookup() == null ? null : c.lookup().outcome())
                .doesNotContain(LookupOutcome.UNVERIFIED);
    }

    @Test
    void shouldCarryEvidenceFixHintsAndLineFacts() throws Exception {
        GatesResult result = run(GatePolicy.defaults(), demo.settings(temp.resolve("cache"))).result();

        Finding missing = find(result, "pypi", "reqeusts", "package-missing");
        assertThat(missing.file()).isEqualTo("requirements.txt");
        assertThat(missing.line()).isEqualTo(3);
        assertThat(missing.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(missing.evidence()).containsEntry("registry.1.url", demo.pypiUrl() + "/pypi/reqeusts/json")
                .containsEntry("registry.1.status", "404").containsEntry("outcome", "PACKAGE_MISSING");
        assertThat(missing.fixHint()).startsWith("Did you mean 'requests'?");
        assertThat(missing.aiWritten()).isTrue();
        assertThat(missing.newInRange()).isTrue();

        Finding squat = find(result, "maven", "com.fasterxmI.jackson.core:jackson-databind", "typosquat-name");
        assertThat(squat.evidence()).containsEntry("similarTo", "com.fasterxml.jackson.core:jackson-databind")
                .containsEntry("technique", "homoglyph");
        assertThat(squat.line()).isEqualTo(9);

        Finding fresh = find(result, "npm", "aigov-fresh-lib", "new-package");
        assertThat(fresh.severity()).isEqualTo(Severity.HIGH);
        assertThat(fresh.line()).isEqualTo(5);
        assertThat(fresh.evidence()).containsKeys("packageCreated", "versionPublished")
                .containsEntry("registry.1.url", demo.npmUrl() + "/aigov-fresh-lib").containsEntry("ageDays", "0");
        assertThat(find(result, "npm", "aigov-fresh-lib", "new-version").severity()).isEqualTo(Severity.MEDIUM);

        Finding versionMissing = find(result, "maven", "org.slf4j:slf4j-api", "version-missing");
        assertThat(versionMissing.severity()).isEqualTo(Severity.HIGH);
        assertThat(versionMissing.fixHint()).contains("2.0.13");

        Finding project = find(result, "npm", "aigov-old-lb", "typosquat-name");
        assertThat(project.evidence()).containsEntry("similarTo", "aigov-old-lib")
                .containsEntry("similarToSource", "project-dependency");

        Finding hallucinated = find(result, "pypi", "fastapi_magic_utils", "hallucinated-import");
        assertThat(hallucinated.file()).isEqualTo("app/main.py");
        assertThat(hallucinated.line()).isEqualTo(4);
        assertThat(hallucinated.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(hallucinated.message()).contains("uncertain mapping");
        assertThat(find(result, "pypi", "pyyaml", "undeclared-import").severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void shouldCheckOnlyTheAddedDependenciesByDefaultAndEverythingWithScopeAll() throws Exception {
        GatesResult changed = run(GatePolicy.defaults(), demo.settings(temp.resolve("cache"))).result();
        GatesResult all = AiGovernance.gates().repository(demo.repository()).base(demo.base()).head(demo.head())
                .request(new PolicyRequest(null, null, null, null, null, null, Scope.ALL, Set.of()))
                .registries(demo.settings(temp.resolve("cache"))).call().result();

        assertThat(changed.checks()).extracting(c -> c.dependency().name()).doesNotContain("aigov-old-lib")
                .contains("aigov-fresh-lib", "requests", "com.fasterxml.jackson.core:jackson-databind");
        assertThat(changed.checks()).extracting(DependencyCheck::change).containsOnly("added");
        assertThat(all.policy().scope()).isEqualTo(Scope.ALL);
        assertThat(all.checks()).filteredOn(c -> c.dependency().name().equals("aigov-old-lib"))
                .singleElement().satisfies(c -> {
                    assertThat(c.change()).isEqualTo("existing");
                    assertThat(c.lookup().outcome()).isEqualTo(LookupOutcome.FOUND);
                });
    }

    @Test
    void shouldReportAnUnreachableRegistryAsUnverifiedAndAnOutageOnlyWhenFailClosed() throws Exception {
        RegistrySettings down = demo.settings(temp.resolve("down-cache")).toBuilder()
                .registries(Ecosystem.NPM, List.of(RegistryConfig.of("down", Ecosystem.NPM, "http://127.0.0.1:1")))
                .registries(Ecosystem.PYPI, List.of(RegistryConfig.of("down", Ecosystem.PYPI, "http://127.0.0.1:1")))
                .registries(Ecosystem.MAVEN, List.of(RegistryConfig.of("down", Ecosystem.MAVEN, "http://127.0.0.1:1")))
                .build();
        GatePolicy lenient = new GatePolicy(Severity.CRITICAL, Severity.CRITICAL, null, 90, 7,
                OutagePolicy.FAIL_OPEN, Scope.CHANGED, Set.of(), Set.of("typosquat-name", "watchlisted-name"),
                Map.of(), null);

        GatesReport open = run(lenient, down);
        GatesReport closed = AiGovernance.gates().repository(demo.repository()).base(demo.base()).policy(lenient)
                .request(new PolicyRequest(null, null, null, null, null, OutagePolicy.FAIL_CLOSED, null, Set.of()))
                .registries(down).call();

        assertThat(open.result().findings()).noneMatch(f -> f.ruleId().endsWith("-missing"));
        assertThat(open.result().summary().unverified()).isEqualTo(open.result().checks().size());
        // Fail-open: the unverified look-ups decide nothing (the risk model may still ask for approval of this
        // AI-heavy change, but never an outage).
        assertThat(open.result().decision().outcome()).isNotIn(Outcome.OUTAGE, Outcome.FAIL);
        assertThat(open.result().decision().explanation()).anyMatch(line -> line.contains("unverified (fail-open)"));
        assertThat(open.log()).anyMatch(line -> line.contains("could not be verified; the outage policy is fail-open"));
        assertThat(closed.result().decision().outcome()).isEqualTo(Outcome.OUTAGE);
        assertThat(closed.result().decision().reason()).contains("fail-closed");
    }

    @Test
    void shouldAnswerAWarmRunFromTheCacheAndWriteADeterministicDocument() throws Exception {
        Path cache = temp.resolve("cache");
        GatesResult cold = run(GatePolicy.defaults(), demo.settings(cache)).result();
        demo.server().resetRequests();
        GatesReport warm = run(GatePolicy.defaults(), demo.settings(cache));

        assertThat(demo.server().requests()).isZero();
        assertThat(warm.log()).anyMatch(line -> line.contains("registries: 0 HTTP requests"));
        assertThat(rulesByPackage(warm.result())).isEqualTo(rulesByPackage(cold));
        String json = GatesJson.write(warm.result());
        GatesResult read = GatesJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(read).isEqualTo(warm.result());
        assertThat(GatesJson.write(read)).isEqualTo(json);
    }

    private static Map<String, Set<String>> rulesByPackage(final GatesResult result) {
        Map<String, Set<String>> rules = new TreeMap<>();
        for (Finding finding : result.findings()) {
            String name = finding.evidence().containsKey("module")
                    && finding.ruleId().equals("hallucinated-import") ? finding.evidence().get("module")
                            : finding.evidence().get("package");
            rules.computeIfAbsent(finding.evidence().get("ecosystem") + ":" + name, k -> new TreeSet<>())
                    .add(finding.ruleId());
        }
        return rules;
    }

    private static Finding find(final GatesResult result, final String ecosystem, final String name,
            final String rule) {
        return result.findings().stream()
                .filter(f -> f.ruleId().equals(rule) && f.evidence().get("ecosystem").equals(ecosystem)
                        && (name.equals(f.evidence().get("package")) || name.equals(f.evidence().get("module"))))
                .findFirst().orElseThrow(() -> new AssertionError("no " + rule + " for " + ecosystem + ":" + name
                        + " in " + result.findings()));
    }
}
