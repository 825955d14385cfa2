package io.jenkins.plugins.aigov.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import io.jenkins.plugins.aigov.engine.AiGovernance;
import io.jenkins.plugins.aigov.engine.GovernanceException;
import io.jenkins.plugins.aigov.engine.bom.AiBom;
import io.jenkins.plugins.aigov.engine.bom.BomCommand;
import io.jenkins.plugins.aigov.engine.bom.BomSigner;
import io.jenkins.plugins.aigov.engine.gates.GatesResult;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceCommand;
import io.jenkins.plugins.aigov.engine.report.GatesJson;
import io.jenkins.plugins.aigov.engine.report.ReportFiles;

/**
 * {@code aigov bom}: the AI Bill of Materials of a range as {@code bom.cdx.json} (CycloneDX 1.6), and with
 * {@code --sign-key} a DSSE envelope {@code bom.intoto.jsonl}. Provenance is computed; the gates' result is taken
 * from {@code ai-gates.json} in {@code --out} when an {@code aigov gates} run left one there (or from
 * {@code --gates FILE}), so a BOM never waits on the registries.
 */
@Command(name = "bom",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = {
            "The AI Bill of Materials (CycloneDX 1.6): the models and agents that wrote code, the AI-touched files,",
            "the dependencies at head, the gate results and decision. Writes bom.cdx.json (and bom.intoto.jsonl",
            "when signed) into --out."
        })
final class BomSubcommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--repo", required = true, paramLabel = "DIR",
            description = "The git repository: a work tree (or a folder inside one) or a bare repository.")
    private Path repo;

    @Option(names = "--base", paramLabel = "REV", description = "The base revision of the provenance range.")
    private String base;

    @Option(names = "--head", paramLabel = "REV", defaultValue = "HEAD",
            description = "The head revision. Default: ${DEFAULT-VALUE}.")
    private String head;

    @Option(names = "--max-commits", paramLabel = "N", defaultValue = "" + ProvenanceCommand.DEFAULT_MAX_COMMITS,
            description = "The most commits of the provenance walk. Default: ${DEFAULT-VALUE}.")
    private int maxCommits;

    @Option(names = "--gates", paramLabel = "FILE",
            description = "An ai-gates.json to declare (default: the one in --out, if any).")
    private Path gates;

    @Option(names = "--sign-key", paramLabel = "PEM",
            description = "A PKCS#8 PEM private key (Ed25519 or ECDSA P-256) to sign the BOM with.")
    private Path signKey;

    @Option(names = "--project", paramLabel = "NAME", description = "The project's name (default: the folder name).")
    private String project;

    @Option(names = "--project-version", paramLabel = "VERSION",
            description = "The project's version (default: the head commit's short id).")
    private String projectVersion;

    @Option(names = "--vcs-url", paramLabel = "URL", description = "The project's repository URL.")
    private String vcsUrl;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The output folder, created if missing.")
    private Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            BomCommand command = AiGovernance.bom().repository(repo).base(base).head(head).maxCommits(maxCommits)
                    .project(project, projectVersion, vcsUrl).toolVersion(VersionProvider.version());
            GatesResult gatesResult = gatesResult();
            if (gatesResult != null) {
                command.gates(gatesResult);
            }
            AiBom bom = command.call();
            command.problems().forEach(problem -> stdout.println("aigov: warning: " + problem));
            Files.createDirectories(out);
            Path bomFile = out.resolve(ReportFiles.BOM_JSON);
            Files.write(bomFile, bom.bytes());
            stdout.println("aigov: AI-BOM " + bom.serialNumber() + " sha256:" + bom.digest());
            stdout.println("aigov: wrote " + bomFile);
            if (signKey != null) {
                BomSigner signer = BomSigner.fromPem(read(signKey));
                Path envelope = out.resolve(ReportFiles.BOM_STATEMENT);
                Files.writeString(envelope, signer.sign(bom), StandardCharsets.UTF_8);
                stdout.println("aigov: signed with key " + signer.keyId());
                stdout.println("aigov: wrote " + envelope);
            }
            stdout.flush();
            return ExitCodes.OK;
        }
        catch (GovernanceException e) {
            return fail(stderr, e.isUsageError() ? ExitCodes.USAGE : ExitCodes.FAILURE, e.getMessage());
        }
        catch (IOException e) {
            return fail(stderr, ExitCodes.FAILURE, "cannot write into " + out + ": " + e.getMessage());
        }
    }

    private GatesResult gatesResult() throws GovernanceException {
        Path file = gates != null ? gates : out.resolve(ReportFiles.GATES_JSON);
        if (gates == null && !Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return GatesJson.read(in);
        }
        catch (IOException e) {
            throw new GovernanceException("cannot read the gates result " + file + ": " + e.getMessage(), true);
        }
    }

    private static String read(final Path file) throws GovernanceException {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        }
        catch (IOException e) {
            throw new GovernanceException("cannot read the key " + file + ": " + e.getMessage(), true);
        }
    }

    private static int fail(final PrintWriter stderr, final int code, final String message) {
        stderr.println("aigov: error: " + message);
        stderr.flush();
        return code;
    }
}
