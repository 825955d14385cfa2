package io.jenkins.plugins.aigov.gates;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.aigov.engine.report.ReportFiles;

/**
 * The controller's half of the step: logs the engine's lines, stores {@code ai-gates.json} in the run directory and
 * attaches the {@link GatesAction}.
 */
final class GatesRecorder {
    /** Prefix of every line the step logs. */
    static final String PREFIX = "[aiGates] ";

    private final Run<?, ?> run;
    private final TaskListener listener;

    GatesRecorder(final Run<?, ?> run, final TaskListener listener) {
        this.run = run;
        this.listener = listener;
    }

    /** Records the outcome and returns the summary kept with the build. */
    GatesBuildSummary record(final GatesOutcome outcome) throws IOException {
        PrintStream logger = listener.getLogger();
        for (String line : outcome.log()) {
            logger.println(PREFIX + line);
        }
        Path target = run.getRootDir().toPath().resolve(ReportFiles.GATES_JSON);
        Files.createDirectories(target.getParent());
        Files.writeString(target, outcome.json(), StandardCharsets.UTF_8);
        Files.writeString(target.resolveSibling(ReportFiles.GATES_SARIF), outcome.sarif(), StandardCharsets.UTF_8);

        GatesBuildSummary summary = GatesBuildSummary.of(outcome.summary());
        run.addOrReplaceAction(new GatesAction(summary));

        logger.print(PREFIX + summary.toLogLine() + " - ");
        listener.hyperlink("/" + run.getUrl() + GatesAction.URL_NAME + "/", "AI gates report");
        logger.println();
        return summary;
    }
}
