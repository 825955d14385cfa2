package io.jenkins.plugins.aigov.cli;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.jenkins.plugins.aigov.engine.gates.GatesResult;
import io.jenkins.plugins.aigov.engine.model.Severity;
import io.jenkins.plugins.aigov.engine.report.GatesJson;
import io.jenkins.plugins.aigov.engine.testing.GitFixture;
import io.jenkins.plugins.aigov.engine.testing.TeamRules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code aigov gates} with the admin's own rules from the {@code --config} file ({@code policy.extraRules} or
 * {@code policy.extraRulesFile}), on a real repository whose last commit plants an internal URL.
 */
class GatesExtraRulesTest {
    private static final String RULES = TeamRules.internalEndpoint();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    private Path temp;
    private Path repository;
    private RevCommit base;

    @BeforeEach
    void plantAnInternalUrl() {
        repository = temp.resolve("repo");
        try (GitFixture repo = GitFixture.init(repository)) {
            repo.write("README.md", "# Client\n");
            base = repo.commit("Initial commit", Repositories.DANA);
            repo.write("app/client.py", "import os\n\nBASE = \"https://billing.internal.corp/api\"\n");
            repo.commit("Add the client", Repositories.DANA);
        }
    }

    private Path config(final String policy) throws Exception {
        Path file = temp.resolve("ci/aigov-gates.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"policy\": " + policy + ", \"registries\": {\"npm\": [], \"pypi\": [],"
                + " \"maven\": [], \"go\": [], \"cargo\": []}, \"cache\": {\"directory\": null}}\n",
                StandardCharsets.UTF_8);
        return file;
    }

    private CliRun gates(final Path config) {
        return CliRun.of("gates", "--repo", repository.toString(), "--base", base.name(), "--config",
                config.toString(), "--out", temp.resolve("out").toString());
    }

    private static String lines(final String text) throws Exception {
        return JSON.writeValueAsString(text.lines().toList());
    }

    @Test
    void shouldReportAPlantedFindingOfAnExtraRuleGivenInTheConfig() throws Exception {
        CliRun run = gates(config("{\"extraRules\": " + lines(RULES) + ", \"severityOverrides\":"
                + " {\"internal-endpoint\": \"high\"}}"));

        assertThat(run.err()).as(run.toString()).isEmpty();
        assertThat(run.out()).contains("AI gates: high security-patterns/internal-endpoint at app/client.py:3: "
                + "An internal host name is written into the source.");
        GatesResult result;
        try (InputStream in = Files.newInputStream(temp.resolve("out/ai-gates.json"))) {
            result = GatesJson.read(in);
        }
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("internal-endpoint"))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
        assertThat(result.policy().extraRules()).contains("id: internal-endpoint");
        assertThat(Files.readString(temp.resolve("out/ai-gates.sarif"))).contains("internal-endpoint");
    }

    @Test
    void shouldReadTheExtraRulesFromAFileBesideTheConfig() throws Exception {
        Files.createDirectories(temp.resolve("ci/rules"));
        Files.writeString(temp.resolve("ci/rules/team.yml"), RULES, StandardCharsets.UTF_8);

        CliRun run = gates(config("{\"extraRulesFile\": \"rules/team.yml\", \"unstableOn\": \"medium\"}"));

        assertThat(run.out()).as(run.toString())
                .contains("AI gates: medium security-patterns/internal-endpoint at app/client.py:3");
    }

    @Test
    void shouldRefuseABrokenExtraRuleNamingTheFileTheRuleAndTheField() throws Exception {
        Path config = config("{\"extraRules\": " + lines(RULES.replace("    pattern: ", "    patern: ")) + "}");

        CliRun run = gates(config);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("aigov: error: " + config + ": policy.extraRules:3: rule "
                + "'internal-endpoint': field 'patern': unknown field");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void shouldRefuseABrokenRuleFileNamingTheConfigTheRuleFileAndTheLine() throws Exception {
        Path rules = temp.resolve("ci/team.yml");
        Files.createDirectories(rules.getParent());
        Files.writeString(rules, RULES.replace("severity: medium", "severity: urgent"), StandardCharsets.UTF_8);
        Path config = config("{\"extraRulesFile\": \"team.yml\"}");

        CliRun run = gates(config);
        CliRun missing = gates(config("{\"extraRulesFile\": \"nowhere.yml\"}"));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(config + ": policy.extraRulesFile: " + rules + ":3: rule 'internal-endpoint':"
                + " field 'severity': unknown severity 'urgent'");
        assertThat(missing.exitCode()).as(missing.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("policy.extraRulesFile").contains("nowhere.yml")
                .contains("cannot read the file");
    }

    @Test
    void shouldRefuseBothFormsOfExtraRulesAtOnce() throws Exception {
        CliRun run = gates(config("{\"extraRules\": \"rules: []\", \"extraRulesFile\": \"team.yml\"}"));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("policy: give extraRules or extraRulesFile, not both");
    }

    @Test
    void shouldWarnAboutARuleIdThatNamesNothing() throws Exception {
        CliRun run = gates(config("{\"extraRules\": " + lines(RULES) + ", \"unstableOn\": \"medium\","
                + " \"disabledRules\": [\"internal-endpiont\"]}"));

        assertThat(run.out()).as(run.toString()).contains("AI gates: policy: disabledRules: no rule or gate has the"
                + " id 'internal-endpiont', so it switches nothing off");
        assertThat(run.out()).contains("security-patterns/internal-endpoint at app/client.py:3");
    }
}
