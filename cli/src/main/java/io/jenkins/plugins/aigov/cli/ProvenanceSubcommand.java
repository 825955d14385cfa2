package io.jenkins.plugins.aigov.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import io.jenkins.plugins.aigov.engine.AiGovernance;
import io.jenkins.plugins.aigov.engine.GovernanceException;
import io.jenkins.plugins.aigov.engine.provenance.MarkerRules;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceCommand;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceFormatException;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceReport;

/**
 * {@code aigov provenance}: classifies every commit of a range and writes the reports into {@code --out}.
 * The option names match the parameters of the {@code aiProvenance} Pipeline step.
 */
@Command(name = "provenance",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = {
            "Who or what wrote each commit of a range: AI-generated, AI-assisted, human or unknown.",
            "Writes ai-provenance.json, ai-provenance.intoto.jsonl and report.html into --out,",
            "and prints a summary and the paths written."
        })
final class ProvenanceSubcommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--repo", required = true, paramLabel = "DIR",
            description = "The git repository: a work tree (or a folder inside one) or a bare repository.")
    private Path repo;

    @Option(names = "--base", paramLabel = "REV",
            description = "The base revision (excluded). Without it, the whole history up to --max-commits.")
    private String base;

    @Option(names = "--head", paramLabel = "REV", defaultValue = "HEAD",
            description = "The head revision (included). Default: ${DEFAULT-VALUE}.")
    private String head;

    @Option(names = "--max-commits", paramLabel = "N", defaultValue = "" + ProvenanceCommand.DEFAULT_MAX_COMMITS,
            description = "The most commits to analyse, newest first. Default: ${DEFAULT-VALUE}.")
    private int maxCommits;

    @Option(names = "--markers", paramLabel = "FILE",
            description = "Extra marker rules (trailer / identity / message lines) that mean AI; see docs/marker-rules.md.")
    private Path markers;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The output folder, created if missing.")
    private Path out;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "json,intoto,html",
            description = "What to write, comma-separated: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    private Set<ReportFormat> formats;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (maxCommits < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-commits must be at least 1, was " + maxCommits);
        }
        ProvenanceReport report;
        try {
            report = AiGovernance.provenance().repository(repo).base(base).head(head).maxCommits(maxCommits)
                    .markerRules(markerRules()).call();
        }
        catch (UsageException e) {
            return fail(stderr, ExitCodes.USAGE, e.getMessage());
        }
        catch (GovernanceException e) {
            return fail(stderr, e.isUsageError() ? ExitCodes.USAGE : ExitCodes.FAILURE, e.getMessage());
        }
        report.log().forEach(stdout::println);
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(out);
            for (ReportFormat format : ReportFormat.values()) {
                if (!formats.contains(format)) {
                    continue;
                }
                written.add(format.write(report.result(), out));
            }
        }
        catch (IOException e) {
            return fail(stderr, ExitCodes.FAILURE, "cannot write the reports into " + out + ": " + describe(e));
        }
        written.forEach(file -> stdout.println("aigov: wrote " + file));
        stdout.flush();
        return ExitCodes.OK;
    }

    private MarkerRules markerRules() throws UsageException, GovernanceException {
        if (markers == null) {
            return MarkerRules.none();
        }
        String text;
        try {
            text = Files.readString(markers, StandardCharsets.UTF_8);
        }
        catch (NoSuchFileException | AccessDeniedException | CharacterCodingException e) {
            throw new UsageException("cannot read the marker rules file " + markers + ": " + describe(e));
        }
        catch (IOException e) {
            throw new GovernanceException("cannot read the marker rules file " + markers + ": " + describe(e), e);
        }
        try {
            return MarkerRules.parse(text, markers.toString());
        }
        catch (ProvenanceFormatException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String describe(final IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder " + e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "access denied to " + e.getMessage();
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static int fail(final PrintWriter stderr, final int code, final String message) {
        stderr.println("aigov: error: " + message);
        stderr.flush();
        return code;
    }

    /** The user's input is wrong: exit code {@link ExitCodes#USAGE}. */
    private static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(final String message) {
            super(message);
        }
    }
}
