package io.jenkins.plugins.aigov.gates;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.thoughtworks.xstream.XStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.RevisionRange;
import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistryConfig;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistryCredentials;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistrySettings;
import io.jenkins.plugins.aigov.engine.gates.GatePolicy;
import io.jenkins.plugins.aigov.engine.gates.GatesResult;
import io.jenkins.plugins.aigov.engine.gates.PolicyRequest;
import io.jenkins.plugins.aigov.engine.model.Decision;
import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Outcome;
import io.jenkins.plugins.aigov.engine.model.Problem;
import io.jenkins.plugins.aigov.engine.model.Severity;
import io.jenkins.plugins.aigov.engine.provenance.MarkerRules;
import io.jenkins.plugins.aigov.engine.risk.RiskPolicy;
import io.jenkins.plugins.aigov.engine.risk.RiskPolicyRequest;
import io.jenkins.plugins.aigov.engine.provenance.RangeInfo;
import io.jenkins.plugins.aigov.engine.report.GatesJson;
import io.jenkins.plugins.aigov.engine.report.ReportFiles;
import io.jenkins.plugins.aigov.provenance.FakeRun;

import static org.assertj.core.api.Assertions.assertThat;

/** The build record: the summary in build.xml, the detail loaded lazily, the report page's filters. */
class GatesActionTest {
    @TempDir
    Path buildDir;

    private FakeRun run;
    private GatesResult result;
    private GatesAction action;

    @BeforeEach
    void record() throws Exception {
        run = new FakeRun(buildDir.toFile(), 7);
        List<Finding> findings = List.of(
                finding("dependency-existence", "package-missing", Severity.CRITICAL, "zq-imagined", 5, true),
                finding("dependency-age", "new-package", Severity.HIGH, "zq-young", 6, false),
                finding("dependency-age", "new-version", Severity.MEDIUM, "zq-settled", 7, null));
        result = new GatesResult(GatesResult.SCHEMA_VERSION,
                new RangeInfo("main", "HEAD", "1111111111111111111111111111111111111111",
                        "2222222222222222222222222222222222222222", false, 5000),
                GatePolicy.defaults(), List.of(), findings,
                new Decision(Outcome.FAIL, "FAIL: critical dependency-existence/package-missing", null, 0,
                        List.of("fail: zq-imagined")),
                List.of(new Problem("pom.xml", "not well-formed")), true);
        Files.writeString(buildDir.resolve(ReportFiles.GATES_JSON), GatesJson.write(result));
        action = new GatesAction(GatesBuildSummary.of(result.summary()));
        run.addAction(action);
    }

    @Test
    void shouldKeepOnlyTheSummaryInBuildXml() {
        XStream xstream = new XStream();
        xstream.allowTypesByWildcard(new String[] {"io.jenkins.plugins.aigov.**"});

        String xml = xstream.toXML(action);

        assertThat(xml).contains("<outcome>FAIL</outcome>", "<critical>1</critical>", "<partial>true</partial>")
                .doesNotContain("zq-settled", "owner", "lock", "detail");
        GatesAction restored = (GatesAction) xstream.fromXML(xml);
        restored.onLoad(run);
        assertThat(restored.getSummary().toMap()).isEqualTo(action.getSummary().toMap());
        assertThat(restored.isResultLoaded()).isFalse();
        assertThat(new GatesViewModel(restored).findings(null, null).getRows()).hasSize(3);
        assertThat(restored.isResultLoaded()).isTrue();
    }

    @Test
    void shouldShowTheDecisionRangePolicyAndProblems() {
        GatesViewModel page = new GatesViewModel(action);

        assertThat(page.getSummary().getReason()).startsWith("FAIL: critical");
        assertThat(page.getExplanation()).containsExactly("fail: zq-imagined");
        assertThat(page.getRange()).isEqualTo("111111111111 .. 222222222222");
        assertThat(page.getPolicy()).contains("failOn: critical", "outagePolicy: FAIL_OPEN");
        assertThat(page.getProblems()).containsExactly(new Problem("pom.xml", "not well-formed").toString());
        assertThat(page.isDetailAvailable()).isTrue();
    }

    @Test
    void shouldShowTheAdminsReRatingsAndOwnRulesInThePolicy() throws Exception {
        String rules = io.jenkins.plugins.aigov.engine.testing.TeamRules.internalEndpoint();
        GatePolicy defaults = GatePolicy.defaults();
        GatePolicy admin = new GatePolicy(defaults.failOn(), defaults.unstableOn(), null, 90, 7,
                defaults.outagePolicy(), defaults.scope(), java.util.Set.of(), java.util.Set.of("new-version"),
                Map.of("internal-endpoint", io.jenkins.plugins.aigov.engine.model.Severity.HIGH), rules);

        assertThat(GatesViewModel.describe(admin)).contains("disabledRules: new-version",
                "severityOverrides: internal-endpoint = high", "extraRules: internal-endpoint");
        assertThat(GatesViewModel.describe(defaults)).contains("severityOverrides: -", "extraRules: -");
        assertThat(GatesViewModel.describe(new GatePolicy(defaults.failOn(), defaults.unstableOn(), null, 90, 7,
                defaults.outagePolicy(), defaults.scope(), java.util.Set.of(), java.util.Set.of(), Map.of(),
                "rules:\n  - id: broken\n"))).anyMatch(line -> line.startsWith("extraRules: not used: "));
    }

    @Test
    void shouldFilterTheFindingsByGateAndSeverityOnTheServer() {
        GatesViewModel page = new GatesViewModel(action);

        FindingsTable all = page.findings(null, "");
        FindingsTable age = page.findings("dependency-age", null);
        FindingsTable ageHigh = page.findings("dependency-age", "HIGH");

        assertThat(all.isFiltered()).isFalse();
        FindingsTable ai = page.findings(null, null, "ai");
        FindingsTable human = page.findings(null, null, "human");
        FindingsTable unknown = page.findings(null, null, "unknown");
        assertThat(ai.isFiltered()).isTrue();
        assertThat(ai.getRows().size() + human.getRows().size() + unknown.getRows().size())
                .as("the origin filter partitions the findings").isEqualTo(all.getRows().size());
        assertThat(all.getOriginLinks()).extracting(FindingsTable.FilterLink::getLabel)
                .containsExactly("any origin", "ai", "human", "unknown");
        assertThat(ai.getSeverityLinks().get(0).getHref()).isEqualTo("?origin=ai");
        assertThat(all.getRows()).extracting(FindingRow::getRule)
                .containsExactly("package-missing", "new-package", "new-version");
        assertThat(age.getRows()).extracting(FindingRow::getRule).containsExactly("new-package", "new-version");
        assertThat(ageHigh.getRows()).extracting(FindingRow::getPackage).containsExactly("npm zq-young@1.0.0");
        assertThat(ageHigh.getGateLinks()).extracting(FindingsTable.FilterLink::getHref)
                .containsExactly("?severity=high", "?gate=dependency-age&severity=high",
                        "?gate=dependency-existence&severity=high");
        assertThat(ageHigh.getGateLinks()).filteredOn(FindingsTable.FilterLink::isActive)
                .extracting(FindingsTable.FilterLink::getLabel).containsExactly("dependency-age");
        assertThat(age.getSeverityLinks()).extracting(l -> l.getLabel() + "=" + l.getCount())
                .containsExactly("all severities=3", "critical=1", "high=1", "medium=1", "low=0", "info=0");
        assertThat(page.findings(null, null).getSeverityLinks().get(0).getHref()).isEqualTo(".");
    }

    @Test
    void shouldShowEachFindingsEvidence() {
        FindingRow row = new GatesViewModel(action).findings(null, null).getRows().get(0);

        assertThat(row.getLocation()).isEqualTo("package.json:5");
        assertThat(row.getAiWritten()).isEqualTo("yes");
        assertThat(row.getNewInRange()).isEqualTo("yes");
        assertThat(row.getRegistries()).containsExactly("loopback: http://127.0.0.1:1/zq-imagined -> HTTP 404,"
                + " PACKAGE_MISSING");
        assertThat(row.getDates()).isEqualTo("package created 2019-01-01T00:00:00Z");
        assertThat(row.getFixHint()).isEqualTo("check the name");
    }

    @Test
    void shouldSendARequestThatSerializesWithoutShowingSecrets() throws Exception {
        String secret = "pa55-w0rd-zz";
        RegistrySettings registries = RegistrySettings.builder().registries(Ecosystem.NPM, List.of(
                RegistryConfig.of("corp", Ecosystem.NPM, "https://npm.example.com")
                        .withCredentials(RegistryCredentials.basic("bot", secret.toCharArray())))).build();
        GatesRequest request = new GatesRequest(RevisionRange.of("main", null, Map.of()), 100, GatePolicy.defaults(),
                PolicyRequest.NONE, registries, null, MarkerRules.none(), null, RiskPolicy.defaults(),
                RiskPolicyRequest.NONE);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new GatesCallable(request));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isInstanceOf(GatesCallable.class);
        }

        assertThat(request.toString()).doesNotContain(secret).contains("1 with credentials");
    }

    private static Finding finding(final String gate, final String rule, final Severity severity, final String name,
            final int line, final Boolean ai) {
        return new Finding(gate, rule, severity, null, "package.json", line, name + " is a problem", "check the name",
                null, rule + name, ai, ai == null ? null : true, null, Map.of("ecosystem", "npm", "package", name,
                        "declaredVersion", "1.0.0", "packageCreated", Instant.parse("2019-01-01T00:00:00Z").toString(),
                        "registry.1.name", "loopback", "registry.1.url", "http://127.0.0.1:1/" + name,
                        "registry.1.status", "404", "registry.1.outcome", "PACKAGE_MISSING"));
    }

}
