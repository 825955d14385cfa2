package io.jenkins.plugins.aigov.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import io.jenkins.plugins.aigov.engine.AiGovernance;
import io.jenkins.plugins.aigov.engine.GovernanceException;
import io.jenkins.plugins.aigov.engine.gates.GatesReport;
import io.jenkins.plugins.aigov.engine.gates.PolicyRequest;
import io.jenkins.plugins.aigov.engine.gates.Scope;
import io.jenkins.plugins.aigov.engine.model.Outcome;
import io.jenkins.plugins.aigov.engine.model.Severity;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceCommand;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceReport;
import io.jenkins.plugins.aigov.engine.report.GatesJson;
import io.jenkins.plugins.aigov.engine.report.ProvenanceJson;
import io.jenkins.plugins.aigov.engine.report.ReportFiles;
import io.jenkins.plugins.aigov.engine.risk.RiskPolicyException;
import io.jenkins.plugins.aigov.engine.risk.RiskPolicyRequest;
import io.jenkins.plugins.aigov.engine.risk.RiskPolicyText;
import io.jenkins.plugins.aigov.engine.sarif.InvalidSarifException;
import io.jenkins.plugins.aigov.engine.sarif.SarifWriter;

/**
 * {@code aigov gates}: runs provenance and the dependency gates over a range, writes {@code ai-gates.json},
 * {@code ai-provenance.json} and {@code report.html} into {@code --out}, prints the decision and the log, and exits
 * with the outcome's code. Option names match the {@code aiGates} Pipeline step; the options may only tighten the
 * policy of the {@code --config} file.
 */
@Command(name = "gates",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = {
            "Policy gates over a range: do the added dependencies exist, are they brand new, do they imitate",
            "popular packages, are they on the watchlist, do changed sources import undeclared packages.",
            "Writes ai-gates.json, ai-provenance.json and report.html into --out; exits with the outcome's code."
        })
final class GatesSubcommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--repo", required = true, paramLabel = "DIR",
            description = "The git repository: a work tree (or a folder inside one) or a bare repository.")
    private Path repo;

    @Option(names = "--base", paramLabel = "REV",
            description = "The base revision (excluded). Without it, the whole history and every manifest at head.")
    private String base;

    @Option(names = "--head", paramLabel = "REV", defaultValue = "HEAD",
            description = "The head revision (included). Default: ${DEFAULT-VALUE}.")
    private String head;

    @Option(names = "--scope", paramLabel = "SCOPE",
            description = "changed (what the range added or changed; the default) or all (everything at head).")
    private String scope;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Policy, registries, cache and time limits (JSON; see docs/cli.md).")
    private Path config;

    @Option(names = "--external-sarif", paramLabel = "GLOB",
            description = "Other scanners' SARIF 2.1.0 files to take in, relative to --repo (e.g. 'build/**/*.sarif').")
    private String externalSarif;

    @Option(names = "--fail-on", paramLabel = "SEV", description = "Fail at or above: info, low, medium, high, critical.")
    private String failOn;

    @Option(names = "--unstable-on", paramLabel = "SEV", description = "Unstable at or above this severity.")
    private String unstableOn;

    @Option(names = "--risk", paramLabel = "FILE",
            description = "A stricter risk policy (the text of docs/risk.md without weights); it may only tighten "
                    + "the config's riskPolicy, and what would loosen it is logged and ignored.")
    private Path risk;

    @Option(names = "--max-commits", paramLabel = "N", defaultValue = "" + ProvenanceCommand.DEFAULT_MAX_COMMITS,
            description = "The most commits of the provenance walk. Default: ${DEFAULT-VALUE}.")
    private int maxCommits;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The output folder, created if missing.")
    private Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        GatesConfig settings;
        PolicyRequest request;
        RiskPolicyRequest riskRequest;
        try {
            settings = config == null ? GatesConfig.defaults(System.getenv())
                    : GatesConfig.read(config, Files.readString(config, StandardCharsets.UTF_8), System.getenv());
            request = new PolicyRequest(severity("--fail-on", failOn), severity("--unstable-on", unstableOn), null,
                    null, null, null, scope(), Set.of());
        }
        catch (IOException e) {
            return fail(stderr, ExitCodes.USAGE, "cannot read the config file " + config + ": " + e);
        }
        catch (IllegalArgumentException e) {
            return fail(stderr, ExitCodes.USAGE, e.getMessage());
        }
        try {
            riskRequest = risk == null ? RiskPolicyRequest.NONE
                    : RiskPolicyText.parseRequest(Files.readString(risk, StandardCharsets.UTF_8), risk.toString());
        }
        catch (IOException e) {
            return fail(stderr, ExitCodes.USAGE, "cannot read the risk file " + risk + ": " + e);
        }
        catch (RiskPolicyException e) {
            return fail(stderr, ExitCodes.USAGE, e.getMessage());
        }
        catch (IllegalArgumentException e) {
            return fail(stderr, ExitCodes.USAGE, e.getMessage());
        }
        if (maxCommits < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-commits must be at least 1");
        }
        ProvenanceReport provenance;
        GatesReport gates;
        try {
            provenance = AiGovernance.provenance().repository(repo).base(base).head(head).maxCommits(maxCommits)
                    .call();
            gates = AiGovernance.gates().repository(repo).base(base).head(head).maxCommits(maxCommits)
                    .policy(settings.policy()).request(request).registries(settings.registries())
                    .riskPolicy(settings.risk()).riskRequest(riskRequest)
                    .provenance(provenance.result()).externalSarif(externalSarif).call();
        }
        catch (GovernanceException e) {
            return fail(stderr, e.isUsageError() ? ExitCodes.USAGE : ExitCodes.FAILURE, e.getMessage());
        }
        gates.log().forEach(stdout::println);
        try {
            Files.createDirectories(out);
            write(stdout, ReportFiles.GATES_JSON, GatesJson.write(gates.result()));
            Path sarif = out.resolve(ReportFiles.GATES_SARIF);
            new SarifWriter(VersionProvider.version()).write(gates.result().findings(), gates.result().problems(),
                    !gates.result().partial(), sarif);
            stdout.println("aigov: wrote " + sarif);
            write(stdout, ReportFiles.PROVENANCE_JSON, ProvenanceJson.write(provenance.result()));
            write(stdout, ReportFiles.REPORT_HTML, HtmlReport.render(provenance.result(), gates.result()));
        }
        catch (IOException | InvalidSarifException e) {
            return fail(stderr, ExitCodes.FAILURE, "cannot write the reports into " + out + ": " + e);
        }
        stdout.flush();
        return exitCode(gates.result().decision().outcome());
    }

    /** The exit code of an outcome. */
    static int exitCode(final Outcome outcome) {
        return switch (outcome) {
            case PASS -> ExitCodes.OK;
            case UNSTABLE -> ExitCodes.UNSTABLE;
            case APPROVAL -> ExitCodes.APPROVAL;
            case FAIL -> ExitCodes.FAIL;
            case OUTAGE -> ExitCodes.OUTAGE;
        };
    }

    private void write(final PrintWriter stdout, final String name, final String content) throws IOException {
        Path file = out.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        stdout.println("aigov: wrote " + file);
    }

    private Scope scope() {
        if (scope == null) {
            return null;
        }
        return switch (scope.strip().toLowerCase(Locale.ROOT)) {
            case "changed" -> Scope.CHANGED;
            case "all" -> Scope.ALL;
            default -> throw new IllegalArgumentException("--scope must be changed or all, was '" + scope + "'");
        };
    }

    private static Severity severity(final String option, final String value) {
        if (value == null) {
            return null;
        }
        try {
            return Severity.parse(value);
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }

    private static int fail(final PrintWriter stderr, final int code, final String message) {
        stderr.println("aigov: error: " + message);
        stderr.flush();
        return code;
    }
}
