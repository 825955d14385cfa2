package io.jenkins.plugins.aigov.cli;

import java.util.function.Function;

import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;
import io.jenkins.plugins.aigov.engine.report.InTotoStatement;
import io.jenkins.plugins.aigov.engine.report.ProvenanceJson;
import io.jenkins.plugins.aigov.engine.report.ReportFiles;

/**
 * The files {@code aigov provenance} can write, selected with {@code --format}.
 */
enum ReportFormat {
    /** {@code ai-provenance.json}, the detail document. */
    JSON(ReportFiles.PROVENANCE_JSON, ProvenanceJson::write),
    /** {@code ai-provenance.intoto.jsonl}, the in-toto Statement v1 over the AI-touched files. */
    INTOTO(ReportFiles.PROVENANCE_STATEMENT, InTotoStatement::forProvenance),
    /** {@code report.html}, the page for people. */
    HTML(ReportFiles.REPORT_HTML, HtmlReport::render);

    private final String fileName;
    private final Function<ProvenanceResult, String> renderer;

    ReportFormat(final String fileName, final Function<ProvenanceResult, String> renderer) {
        this.fileName = fileName;
        this.renderer = renderer;
    }

    /** The file name in the output folder. */
    String fileName() {
        return fileName;
    }

    /** The file's content. */
    String render(final ProvenanceResult result) {
        return renderer.apply(result);
    }
}
