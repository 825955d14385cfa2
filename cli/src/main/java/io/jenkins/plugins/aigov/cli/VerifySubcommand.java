package io.jenkins.plugins.aigov.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import io.jenkins.plugins.aigov.engine.bom.BomVerifier;
import io.jenkins.plugins.aigov.engine.bom.VerificationResult;

/**
 * {@code aigov verify}: checks that a signed envelope covers exactly this BOM and was signed by this key.
 * Exit 0 when it does, {@link ExitCodes#VERIFY_FAILED} when it does not, 2 when a file cannot be read.
 */
@Command(name = "verify",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = "Verifies the DSSE signature of an AI-BOM: the BOM's digest and the signature over it.")
final class VerifySubcommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--bom", required = true, paramLabel = "FILE", description = "The BOM (bom.cdx.json).")
    private Path bom;

    @Option(names = "--sig", required = true, paramLabel = "FILE", description = "The envelope (bom.intoto.jsonl).")
    private Path sig;

    @Option(names = "--key", required = true, paramLabel = "PEM", description = "The signer's public key (PEM).")
    private Path key;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        byte[] bomBytes;
        String envelope;
        String publicKey;
        try {
            bomBytes = Files.readAllBytes(bom);
            envelope = Files.readString(sig, StandardCharsets.UTF_8);
            publicKey = Files.readString(key, StandardCharsets.US_ASCII);
        }
        catch (IOException e) {
            stderr.println("aigov: error: cannot read " + e.getMessage());
            stderr.flush();
            return ExitCodes.USAGE;
        }
        VerificationResult result = BomVerifier.verify(bomBytes, envelope, publicKey);
        if (result.status() == VerificationResult.Status.OK) {
            stdout.println("aigov: verified: " + bom + " is signed by key " + result.keyId());
            stdout.flush();
            return ExitCodes.OK;
        }
        stderr.println("aigov: NOT verified (" + result.status() + "): " + result.message());
        stderr.flush();
        return ExitCodes.VERIFY_FAILED;
    }
}
