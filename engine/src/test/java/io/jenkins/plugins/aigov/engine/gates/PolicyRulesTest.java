package io.jenkins.plugins.aigov.engine.gates;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.AiGovernance;
import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.OutagePolicy;
import io.jenkins.plugins.aigov.engine.model.Severity;
import io.jenkins.plugins.aigov.engine.report.GatesJson;
import io.jenkins.plugins.aigov.engine.scan.RuleException;
import io.jenkins.plugins.aigov.engine.testing.GitFixture;

import static io.jenkins.plugins.aigov.engine.testing.GitFixture.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The admin's rules in a gate policy: extra rules, disabled rules and re-ratings in a real scan, the checks of
 * broken rules and unknown ids, and the policy's serialised form.
 */
class PolicyRulesTest {
    private static final PersonIdent DEV = person("Jane Doe", "jane@example.com");
    private static final String EXTRA = fixture("valid-extra-rules.yml");
    private static final String CLIENT = "import subprocess\n\nBASE = \"https://billing.internal.corp/api\"\n"
            + "subprocess.run(cmd, shell=True)\n";

    @TempDir
    private Path tmp;

    private static String fixture(final String name) {
        try (InputStream in = PolicyRulesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GatePolicy policy(final Set<String> disabled, final Map<String, Severity> severities,
            final String extraRules) {
        return new GatePolicy(Severity.CRITICAL, Severity.HIGH, null, 90, 7, OutagePolicy.FAIL_OPEN, Scope.CHANGED,
                Set.of(), disabled, severities, extraRules);
    }

    /** A repository whose last commit adds a Python client with an internal URL and a shell call. */
    private RevCommit repository() {
        try (GitFixture repo = GitFixture.init(tmp)) {
            repo.write("README.md", "# Client\n");
            RevCommit base = repo.commit("Initial commit", DEV);
            repo.write("app/client.py", CLIENT);
            repo.commit("Add the client", DEV);
            return base;
        }
    }

    private GatesReport gates(final RevCommit base, final GatePolicy policy) throws Exception {
        return AiGovernance.gates().repository(tmp).base(base.name()).policy(policy).call();
    }

    private static List<Finding> findings(final GatesReport report, final String ruleId) {
        return report.result().findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Test
    void shouldReportFindingsOfAnExtraRuleInARealScan() throws Exception {
        RevCommit base = repository();

        GatesReport without = gates(base, policy(Set.of(), Map.of(), null));
        GatesReport with = gates(base, policy(Set.of(), Map.of(), EXTRA));

        assertThat(findings(without, "internal-endpoint")).isEmpty();
        assertThat(findings(with, "internal-endpoint")).singleElement().satisfies(finding -> {
            assertThat(finding.gateId()).isEqualTo("security-patterns");
            assertThat(finding.file()).isEqualTo("app/client.py");
            assertThat(finding.line()).isEqualTo(3);
            assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(finding.cwe()).isEqualTo("CWE-200");
        });
        assertThat(findings(with, "python-subprocess-shell")).hasSize(1);
        assertThat(with.result().problems()).isEmpty();
        assertThat(GatesJson.write(with.result())).contains("\"extraRules\"").contains("internal-endpoint");
    }

    @Test
    void shouldReRateAndDisableExtraAndBuiltInRules() throws Exception {
        RevCommit base = repository();

        GatesReport reRated = gates(base, policy(Set.of(), Map.of("internal-endpoint", Severity.CRITICAL,
                "python-subprocess-shell", Severity.LOW), EXTRA));
        GatesReport disabled = gates(base, policy(Set.of("internal-endpoint", "python-subprocess-shell"), Map.of(),
                EXTRA));

        assertThat(findings(reRated, "internal-endpoint")).extracting(Finding::severity)
                .containsExactly(Severity.CRITICAL);
        assertThat(findings(reRated, "python-subprocess-shell")).extracting(Finding::severity)
                .containsExactly(Severity.LOW);
        assertThat(reRated.log().get(0)).startsWith("AI gates: FAIL - FAIL: critical security-patterns/"
                + "internal-endpoint at app/client.py:3");
        assertThat(findings(disabled, "internal-endpoint")).isEmpty();
        assertThat(findings(disabled, "python-subprocess-shell")).isEmpty();
    }

    @Test
    void shouldSwitchOffAWholeScanGateById() throws Exception {
        RevCommit base = repository();

        GatesReport report = gates(base, policy(Set.of("security-patterns"), Map.of(), EXTRA));

        assertThat(report.result().findings()).noneMatch(f -> f.gateId().equals("security-patterns"));
        assertThat(report.log()).noneMatch(line -> line.contains("switches nothing off"));
    }

    @Test
    void shouldWarnInTheGatesLogAboutRuleIdsThatNameNothing() throws Exception {
        RevCommit base = repository();

        GatesReport report = gates(base, policy(Set.of("python-subprocess-shel", "typosquat", "new-version"),
                Map.of("internal-endpoint", Severity.HIGH, "no-such-rule", Severity.LOW), EXTRA));

        assertThat(report.log()).contains(
                "AI gates: policy: disabledRules: no rule or gate has the id 'python-subprocess-shel', so it switches"
                        + " nothing off",
                "AI gates: policy: severityOverrides: no rule has the id 'no-such-rule', so it re-rates nothing");
        assertThat(report.log()).filteredOn(line -> line.contains("no rule")).hasSize(2);
        assertThat(findings(report, "python-subprocess-shell")).hasSize(1);
    }

    @Test
    void shouldScanWithTheBuiltInRulesAndReportAProblemWhenTheExtraRulesAreBroken() throws Exception {
        RevCommit base = repository();

        GatesReport report = gates(base, policy(Set.of(), Map.of("python-subprocess-shell", Severity.LOW),
                EXTRA.replace("severity: medium", "severity: urgent")));

        assertThat(findings(report, "internal-endpoint")).isEmpty();
        assertThat(findings(report, "python-subprocess-shell")).extracting(Finding::severity)
                .containsExactly(Severity.LOW);
        assertThat(report.result().problems()).singleElement().satisfies(problem -> assertThat(problem.toString())
                .contains("extra rules ignored").contains("rule 'internal-endpoint'")
                .contains("field 'severity'"));
    }

    @Test
    void shouldRejectExtraRuleWithoutPatternNamingTheLineRuleAndField() {
        String broken = EXTRA.replace("    pattern: 'https?://[a-z0-9.-]+\\.internal\\.corp\\b'\n", "");

        assertThatThrownBy(() -> PolicyRules.checkExtraRules(broken, "ci/gates.json: policy.extraRules"))
                .isInstanceOfSatisfying(RuleException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("ci/gates.json: policy.extraRules:3: rule "
                            + "'internal-endpoint': field 'pattern': missing");
                    assertThat(e.ruleId()).isEqualTo("internal-endpoint");
                    assertThat(e.field()).isEqualTo("pattern");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.isUsageError()).isTrue();
                });
    }

    @Test
    void shouldRejectAnExtraRuleThatReusesABuiltInId() {
        String clash = EXTRA.replace("id: internal-endpoint", "id: weak-cipher");

        assertThatThrownBy(() -> PolicyRules.checkExtraRules(clash, "admin rules"))
                .isInstanceOf(RuleException.class)
                .hasMessageStartingWith("admin rules:3: rule 'weak-cipher': field 'id': duplicate id (already "
                        + "defined by family 'weak-crypto')");
    }

    @Test
    void shouldRejectAnExtraRuleWhoseOwnSamplesDoNotHold() {
        String wrong = EXTRA.replace("billing.internal.corp/api", "billing.example.org/api");

        assertThatThrownBy(() -> PolicyRules.checkExtraRules(wrong, "admin rules"))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("admin rules:3: rule 'internal-endpoint': field 'samples.truePositives[0]'");
    }

    @Test
    void shouldListTheIdsOfTheExtraRules() throws RuleException {
        assertThat(PolicyRules.checkExtraRules(EXTRA, "admin rules")).containsExactly("internal-endpoint");
        assertThat(PolicyRules.checkExtraRules("  \n", "admin rules")).isEmpty();
        assertThat(PolicyRules.checkExtraRules(null, "admin rules")).isEmpty();
    }

    @Test
    void shouldTellKnownIdsFromTyposForEveryGate() {
        assertThat(PolicyRules.unknownDisabled(List.of("weak-cipher", "typosquat", "config-risk", "new-version",
                "internal-endpoint", "weak-ciper"), null)).containsExactly("internal-endpoint", "weak-ciper");
        assertThat(PolicyRules.unknownDisabled(List.of("internal-endpoint"), EXTRA)).isEmpty();
        assertThat(PolicyRules.unknownReRated(List.of("new-version", "typosquat", "internal-endpoint"), EXTRA))
                .as("a gate id re-rates nothing").containsExactly("typosquat");
    }

    @Test
    void shouldKnowEveryIdOfTheDependencyGates() throws IllegalAccessException {
        List<String> ids = new ArrayList<>();
        for (Field field : GateIds.class.getFields()) {
            ids.add((String) field.get(null));
        }

        assertThat(ids).hasSizeGreaterThan(10);
        assertThat(PolicyRules.unknownDisabled(ids, null)).isEmpty();
    }

    @Test
    void shouldKeepTheAdminsRulesWhenARequestTightensThePolicy() {
        GatePolicy admin = policy(Set.of("jwt-token"), Map.of("weak-cipher", Severity.CRITICAL), EXTRA);
        List<String> log = new ArrayList<>();

        GatePolicy tightened = admin.tightenedBy(new PolicyRequest(Severity.HIGH, null, null, null, null, null, null,
                Set.of()), log);

        assertThat(tightened.extraRules()).isEqualTo(EXTRA);
        assertThat(tightened.disabledRules()).containsExactly("jwt-token");
        assertThat(tightened.severityOverrides()).containsEntry("weak-cipher", Severity.CRITICAL);
        assertThat(log).isEmpty();
    }

    @Test
    void shouldSurviveJavaSerialisationWithExtraRules() throws Exception {
        GatePolicy policy = policy(Set.of("jwt-token"), Map.of("internal-endpoint", Severity.HIGH), EXTRA);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(policy);
        }
        GatePolicy read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            read = (GatePolicy) in.readObject();
        }

        assertThat(read).isEqualTo(policy);
        assertThat(read.extraRules()).isEqualTo(EXTRA);
        assertThat(PolicyRules.scanRules(read).rule("internal-endpoint").severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void shouldTreatBlankExtraRulesAsNone() {
        assertThat(policy(Set.of(), Map.of(), " \n").extraRules()).isNull();
        assertThat(GatePolicy.defaults().extraRules()).isNull();
    }
}
