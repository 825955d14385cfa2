package io.jenkins.plugins.aigov.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;
import io.jenkins.plugins.aigov.engine.report.InTotoStatement;
import io.jenkins.plugins.aigov.engine.report.ProvenanceJson;
import io.jenkins.plugins.aigov.engine.report.ReportFiles;

/**
 * The files {@code aigov provenance} can write, selected with {@code --format}.
 */
enum ReportFormat {
    /** {@code ai-provenance.json}, the detail document, streamed into the file. */
    JSON(ReportFiles.PROVENANCE_JSON, ProvenanceJson::write),
    /** {@code ai-provenance.intoto.jsonl}, the in-toto Statement v1 over the AI-touched files. */
    INTOTO(ReportFiles.PROVENANCE_STATEMENT, text(InTotoStatement::forProvenance)),
    /** {@code report.html}, the page for people. */
    HTML(ReportFiles.REPORT_HTML, text(HtmlReport::render));

    private final String fileName;
    private final Writer writer;

    /** Writes one format of a result into a stream (and leaves it open). */
    @FunctionalInterface
    private interface Writer {
        void write(ProvenanceResult result, OutputStream out) throws IOException;
    }

    ReportFormat(final String fileName, final Writer writer) {
        this.fileName = fileName;
        this.writer = writer;
    }

    private static Writer text(final Function<ProvenanceResult, String> renderer) {
        return (result, out) -> out.write(renderer.apply(result).getBytes(StandardCharsets.UTF_8));
    }

    /** The file name in the output folder. */
    String fileName() {
        return fileName;
    }

    /** Writes the file for {@code result} into the folder {@code out}, replacing it; returns the file. */
    Path write(final ProvenanceResult result, final Path out) throws IOException {
        Path file = out.resolve(fileName);
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            writer.write(result, stream);
        }
        return file;
    }
}
