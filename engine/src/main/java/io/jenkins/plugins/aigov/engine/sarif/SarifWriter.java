package io.jenkins.plugins.aigov.engine.sarif;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Problem;

/**
 * Writes all findings of a gates run, from every gate, as one SARIF 2.1.0 log ({@code ai-gates.sarif}): one run of
 * the tool {@code aigov}, its rules, the results with our fingerprint, line facts and suppressions, and the run's
 * problems as tool execution notifications. The output is deterministic, and every log is validated against the
 * bundled official schema before it leaves this class. Immutable and thread-safe.
 *
 * <pre>{@code
 * new SarifWriter("0.1.0").write(result.findings(), result.problems(), true, runDir.resolve(ReportFiles.GATES_SARIF));
 * }</pre>
 */
public final class SarifWriter {
    /** The driver name. */
    public static final String TOOL_NAME = "aigov";
    /** Where people read about the product. */
    public static final String INFORMATION_URI = SarifRules.DOCS + "README.md";
    private static final ObjectWriter PRETTY = SarifJson.MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private final String toolVersion;

    /** A writer that names this version of the tool (the engine's version). */
    public SarifWriter(final String toolVersion) {
        this.toolVersion = toolVersion == null || toolVersion.isBlank() ? "0.0.0" : toolVersion.strip();
    }

    /**
     * The log as a tree, validated.
     *
     * @param findings            every finding of the run (suppressed ones too)
     * @param problems            what could not be analysed, or an empty list
     * @param executionSuccessful whether the gates ran to the end (an outage is not a success)
     * @throws InvalidSarifException when the log does not validate (a bug)
     */
    public JsonNode toJson(final List<Finding> findings, final List<Problem> problems,
            final boolean executionSuccessful) throws InvalidSarifException {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(SarifResults.ORDER);
        SarifRules rules = new SarifRules(sorted);
        ObjectNode log = SarifJson.MAPPER.createObjectNode();
        log.put("$schema", SarifSchema.ID);
        log.put("version", SarifReader.VERSION);
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", TOOL_NAME).put("version", toolVersion).put("semanticVersion", toolVersion)
                .put("informationUri", INFORMATION_URI);
        driver.set("rules", rules.toJson());
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", executionSuccessful);
        notifications(problems, invocation);
        run.putObject("originalUriBaseIds").putObject(SarifResults.SRCROOT).putObject("description")
                .put("text", "The root of the analysed repository.");
        run.set("results", SarifResults.toJson(sorted, rules));
        SarifSchema.check(log);
        return log;
    }

    /** The log as pretty-printed UTF-8 JSON with {@code \n} line ends. */
    public void write(final List<Finding> findings, final List<Problem> problems, final boolean executionSuccessful,
            final OutputStream out) throws IOException, InvalidSarifException {
        JsonNode log = toJson(findings, problems, executionSuccessful);
        out.write(PRETTY.writeValueAsBytes(log));
        out.write('\n');
    }

    /** Writes the log to a file, replacing it. */
    public void write(final List<Finding> findings, final List<Problem> problems, final boolean executionSuccessful,
            final Path file) throws IOException, InvalidSarifException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(findings, problems, executionSuccessful, out);
        }
    }

    private static void notifications(final List<Problem> problems, final ObjectNode invocation) {
        if (problems == null || problems.isEmpty()) {
            return;
        }
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        for (Problem problem : problems) {
            ObjectNode notification = notifications.addObject();
            notification.putObject("message").put("text", problem.toString());
            notification.put("level", "warning");
        }
    }
}
