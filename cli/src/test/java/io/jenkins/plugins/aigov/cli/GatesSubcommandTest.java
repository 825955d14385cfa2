package io.jenkins.plugins.aigov.cli;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.dependencies.registry.LoopbackRegistries;
import io.jenkins.plugins.aigov.engine.gates.GatesDemo;
import io.jenkins.plugins.aigov.engine.gates.GatesResult;
import io.jenkins.plugins.aigov.engine.model.Outcome;
import io.jenkins.plugins.aigov.engine.report.GatesJson;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code aigov gates} in-process on the end-to-end project of the engine ({@link GatesDemo}). */
@ExtendWith(LoopbackRegistries.NpmExtension.class)
class GatesSubcommandTest {
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

    /** A risk policy that lets the thresholds alone decide: every tier passes, no hard rule. */
    private static final String THRESHOLDS_ONLY = "[\"outcome.medium = PASS\", \"outcome.high = PASS\","
            + " \"outcome.critical = PASS\", \"hard-rule.critical-finding-fails = off\","
            + " \"hard-rule.ai-secret-finding-fails = off\", \"hard-rule.watchlist-hit-fails = off\","
            + " \"hard-rule.ai-ci-change-needs-approval = off\"]";

    private Path config(final String policy, final String npm, final String pypi, final String maven)
            throws Exception {
        return config(policy, null, npm, pypi, maven);
    }

    private Path config(final String policy, final String risk, final String npm, final String pypi,
            final String maven) throws Exception {
        String json = "{\n  \"policy\": " + policy + ",\n"
                + (risk == null ? "" : "  \"riskPolicy\": " + risk + ",\n")
                + "  \"registries\": {\n"
                + "    \"npm\": [{\"name\": \"verdaccio\", \"url\": \"" + npm + "\"}],\n"
                + "    \"pypi\": [{\"name\": \"pypi-fixtures\", \"url\": \"" + pypi + "\"}],\n"
                + "    \"maven\": [{\"name\": \"maven-static\", \"url\": \"" + maven + "\"}],\n"
                + "    \"go\": [], \"cargo\": []\n  },\n"
                + "  \"cache\": {\"directory\": \"" + temp.resolve("cache") + "\", \"ttlHours\": 1},\n"
                + "  \"timeouts\": {\"connectSeconds\": 2, \"requestSeconds\": 10, \"overallSeconds\": 60},\n"
                + "  \"retries\": 0\n}\n";
        Path file = temp.resolve("aigov-gates.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private Path config(final String policy) throws Exception {
        return config(policy, demo.npmUrl(), demo.pypiUrl(), demo.mavenUrl());
    }

    private CliRun gates(final Path config, final String... extra) {
        String[] base = {"gates", "--repo", demo.repository().toString(), "--base", demo.base(), "--config",
            config.toString(), "--out", temp.resolve("out").toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.of(args);
    }

    @Test
    void shouldFailOnTheMixedProjectAndWriteTheReports() throws Exception {
        CliRun run = gates(config("{}"));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAIL);
        assertThat(run.out()).startsWith("AI gates: FAIL - FAIL: critical")
                .contains("package-missing at requirements.txt:3")
                .contains("typosquat-name at package.json:7")
                .contains("new-package at pom.xml:10")
                .contains("hallucinated-import at app/main.py:4")
                .contains("aigov: wrote " + temp.resolve("out").resolve("ai-gates.json"));
        GatesResult result;
        try (InputStream in = Files.newInputStream(temp.resolve("out/ai-gates.json"))) {
            result = GatesJson.read(in);
        }
        assertThat(result.decision().outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.findings()).extracting(f -> f.evidence().get("package")).contains("crossenv", "reqeusts",
                "aigov-fresh-lib", "org.invented.ai:magic-json-helper");
        String html = Files.readString(temp.resolve("out/report.html"));
        assertThat(html).contains("<h2>AI gates</h2>").contains("outcome-fail").contains("expresss")
                .contains("Did you mean &#39;requests&#39;?").doesNotContain("<script");
        assertThat(temp.resolve("out/ai-provenance.json")).exists();
        String sarif = Files.readString(temp.resolve("out/ai-gates.sarif"));
        assertThat(sarif).contains("\"version\" : \"2.1.0\"").contains("package-missing")
                .contains("requirements.txt");
    }

    @Test
    void shouldExitUnstableWhenOnlyHighFindingsRemain() throws Exception {
        CliRun run = gates(config("{\"disabledRules\": [\"package-missing\", \"package-unpublished\","
                + " \"watchlisted-name\", \"hallucinated-import\"]}", THRESHOLDS_ONLY, demo.npmUrl(), demo.pypiUrl(),
                demo.mavenUrl()));
        CliRun scored = gates(config("{\"disabledRules\": [\"package-missing\", \"package-unpublished\","
                + " \"watchlisted-name\", \"hallucinated-import\"]}"));

        assertThat(scored.exitCode()).as("the default risk model scores this AI-written change CRITICAL")
                .isEqualTo(ExitCodes.FAIL);
        assertThat(scored.out()).contains("risk CRITICAL");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.UNSTABLE);
        assertThat(run.out()).startsWith("AI gates: UNSTABLE - UNSTABLE: high ");
    }

    @Test
    void shouldLetOptionsTightenButNeverLoosenTheConfiguredPolicy() throws Exception {
        Path config = config("{\"failOn\": \"high\", \"disabledRules\": [\"package-missing\","
                + " \"package-unpublished\", \"watchlisted-name\", \"hallucinated-import\"]}");

        CliRun looser = gates(config, "--fail-on", "critical");
        CliRun tighter = gates(config("{\"disabledRules\": [\"package-missing\", \"package-unpublished\","
                + " \"watchlisted-name\", \"hallucinated-import\"]}"), "--fail-on", "high");

        assertThat(looser.exitCode()).as(looser.toString()).isEqualTo(ExitCodes.FAIL);
        assertThat(looser.out()).contains("AI gates: policy: ignored failOn critical: looser than the admin's high");
        assertThat(tighter.exitCode()).as(tighter.toString()).isEqualTo(ExitCodes.FAIL);
    }

    @Test
    void shouldExitWithOutageWhenRegistriesAreDownAndThePolicyFailsClosed() throws Exception {
        String down = "http://127.0.0.1:1";
        String policy = "{\"outagePolicy\": \"fail-closed\", \"disabledRules\": [\"typosquat\", \"watchlist\"]}";

        CliRun run = gates(config(policy, down, down, down));
        CliRun open = gates(config("{\"disabledRules\": [\"typosquat\", \"watchlist\"]}", THRESHOLDS_ONLY, down, down,
                down));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OUTAGE);
        assertThat(open.exitCode()).as(open.toString()).isEqualTo(ExitCodes.OK);
        assertThat(open.out()).contains("could not be verified; the outage policy is fail-open");
    }

    @Test
    void shouldTakeAStricterRiskFileAndIgnoreALooserOne() throws Exception {
        String down = "http://127.0.0.1:1";
        Path open = config("{\"disabledRules\": [\"typosquat\", \"watchlist\"]}", THRESHOLDS_ONLY, down, down,
                down);
        Path stricter = Files.writeString(temp.resolve("stricter.risk"), "outage = fail-closed\n");
        Path looser = Files.writeString(temp.resolve("looser.risk"), "# asks for less\nthreshold.critical = 99\n");

        CliRun closed = gates(open, "--risk", stricter.toString());
        CliRun ignored = gates(open, "--risk", looser.toString());

        assertThat(closed.exitCode()).as(closed.toString()).isEqualTo(ExitCodes.OUTAGE);
        assertThat(ignored.exitCode()).as(ignored.toString()).isEqualTo(ExitCodes.OK);
        assertThat(ignored.out()).contains("AI gates: policy: ignored threshold.critical 99: higher than the admin's");
    }

    @Test
    void shouldRejectARiskFileThatCannotBeReadNamingFileAndLine() throws Exception {
        Path file = Files.writeString(temp.resolve("team.risk"), "threshold.high = 40\nweight.ai-share = 5\n");

        CliRun broken = gates(config("{}"), "--risk", file.toString());
        CliRun missing = gates(config("{}"), "--risk", temp.resolve("nope.risk").toString());

        assertThat(broken.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(broken.err()).contains(file + ":2");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("cannot read the risk file");
    }

    @Test
    void shouldRefuseSecretsInTheConfigFile() throws Exception {
        Path file = temp.resolve("bad.json");
        Files.writeString(file, "{\"registries\": {\"npm\": [{\"url\": \"https://npm.example.test\","
                + " \"token\": \"abc\"}]}}");

        CliRun run = gates(file);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("never put credentials in the file").doesNotContain("abc");
    }

    @Test
    void shouldRejectABrokenRiskPolicyNamingTheLine() throws Exception {
        CliRun run = gates(config("{}", "[\"threshold.high = lots\"]", demo.npmUrl(), demo.pypiUrl(),
                demo.mavenUrl()));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("riskPolicy").contains("threshold.high");
    }
}
