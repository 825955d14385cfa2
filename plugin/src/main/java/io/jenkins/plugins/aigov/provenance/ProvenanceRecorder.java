package io.jenkins.plugins.aigov.provenance;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.aigov.engine.report.ReportFiles;

/**
 * The controller's half of the step: logs the outcome, stores the documents in the run directory and attaches
 * the {@link ProvenanceAction}.
 */
final class ProvenanceRecorder {
    /** Prefix of every line the step logs. */
    static final String PREFIX = "[aiProvenance] ";

    private final Run<?, ?> run;
    private final TaskListener listener;

    ProvenanceRecorder(final Run<?, ?> run, final TaskListener listener) {
        this.run = run;
        this.listener = listener;
    }

    /** Records the outcome and returns the summary kept with the build. */
    ProvenanceBuildSummary record(final ProvenanceOutcome outcome) throws IOException {
        PrintStream logger = listener.getLogger();
        for (String line : outcome.log()) {
            logger.println(PREFIX + line);
        }
        File dir = run.getRootDir();
        write(dir, ReportFiles.PROVENANCE_JSON, outcome.json());
        write(dir, ReportFiles.PROVENANCE_STATEMENT, outcome.statement());

        ProvenanceBuildSummary summary = ProvenanceBuildSummary.of(outcome.summary());
        run.addOrReplaceAction(new ProvenanceAction(summary));

        logger.print(PREFIX + summary.toLogLine() + " - ");
        listener.hyperlink("/" + run.getUrl() + ProvenanceAction.URL_NAME + "/", "AI provenance report");
        logger.println();
        return summary; // problems and partiality were already logged by the engine's lines above
    }

    private static void write(final File dir, final String name, final String content) throws IOException {
        Path target = dir.toPath().resolve(name);
        Files.createDirectories(target.getParent());
        Files.writeString(target, content, StandardCharsets.UTF_8);
    }
}
