package io.jenkins.plugins.aigov.bom;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.Fingerprinter;

import io.jenkins.plugins.aigov.engine.bom.BomSigner;
import io.jenkins.plugins.aigov.engine.report.ReportFiles;

/**
 * The controller's half of the step: logs the agent's lines, signs the BOM when a key was given, writes
 * {@code bom.cdx.json} (and {@code bom.intoto.jsonl}) into the run directory, archives both as build artifacts below
 * {@value #ARTIFACT_FOLDER}, records their fingerprints and attaches the {@link BomAction}.
 */
final class BomRecorder {
    /** Prefix of every line the step logs. */
    static final String PREFIX = "[aiBom] ";
    /** The artifacts folder the files are archived into (so they never replace an artifact of the build's own). */
    static final String ARTIFACT_FOLDER = "aigov/";

    private final Run<?, ?> run;
    private final TaskListener listener;
    private final BomEnvironment environment;

    BomRecorder(final Run<?, ?> run, final TaskListener listener, final BomEnvironment environment) {
        this.run = run;
        this.listener = listener;
        this.environment = environment;
    }

    /**
     * Records the BOM and returns the summary kept with the build.
     *
     * @param key      the signing key, or {@code null}
     * @param launcher the step's launcher, handed to the artifact manager
     */
    BomBuildSummary record(final BomOutcome outcome, final SigningKey key, final Launcher launcher)
            throws IOException, InterruptedException {
        PrintStream logger = listener.getLogger();
        for (String line : outcome.log()) {
            logger.println(PREFIX + line);
        }
        byte[] bom = outcome.bom();
        Path dir = run.getRootDir().toPath();
        Files.createDirectories(dir);
        Files.write(dir.resolve(ReportFiles.BOM_JSON), bom);
        Path envelopeFile = dir.resolve(ReportFiles.BOM_STATEMENT);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(ARTIFACT_FOLDER + ReportFiles.BOM_JSON, ReportFiles.BOM_JSON);
        String keyId = null;
        String algorithm = null;
        if (key == null) {
            Files.deleteIfExists(envelopeFile); // an earlier aiBom of this build signed another BOM
        } else {
            BomSigner signer = key.signer();
            Files.writeString(envelopeFile, signer.sign(bom), StandardCharsets.UTF_8);
            keyId = signer.keyId();
            algorithm = signer.algorithm();
            files.put(ARTIFACT_FOLDER + ReportFiles.BOM_STATEMENT, ReportFiles.BOM_STATEMENT);
            logger.println(PREFIX + "signed with the key of credentials '" + key.credentialsId() + "' (" + algorithm
                    + ", key id " + keyId + ")");
        }

        BomBuildSummary summary = new BomBuildSummary(BomContent.read(bom), outcome.digest(), outcome.problems(),
                keyId, algorithm);
        run.addOrReplaceAction(new BomAction(summary));

        environment.archive(run, new FilePath(dir.toFile()), launcher, listener, files);
        logger.println(PREFIX + "archived " + String.join(", ", files.keySet()));
        fingerprint(dir, files);

        logger.print(PREFIX + summary.toLogLine() + " - ");
        listener.hyperlink("/" + run.getUrl() + BomAction.URL_NAME + "/", "AI-BOM");
        logger.println();
        return summary;
    }

    /** Records the files in Jenkins' fingerprint store and lists them on the build's fingerprint page. */
    private void fingerprint(final Path dir, final Map<String, String> files) throws IOException {
        Map<String, String> records = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            String md5 = md5(dir.resolve(file.getValue()));
            records.put(file.getKey(), environment.fingerprint(run, file.getKey(), md5));
        }
        Fingerprinter.FingerprintAction action = run.getAction(Fingerprinter.FingerprintAction.class);
        if (action == null) {
            run.addAction(new Fingerprinter.FingerprintAction(run, records));
        } else {
            action.add(records);
        }
    }

    /** The lower-case hex MD5 of a file, the key of Jenkins' fingerprints. */
    static String md5(final Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("MD5");
            digest.update(Files.readAllBytes(file));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }
}
