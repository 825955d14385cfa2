package io.jenkins.plugins.aigov.engine.report;

/**
 * The names of the files the product writes, the same in a Jenkins run directory and in the CLI's output folder.
 */
public final class ReportFiles {
    /** The provenance detail document. */
    public static final String PROVENANCE_JSON = "ai-provenance.json";
    /** The in-toto Statement v1 (one JSON line) whose subjects are the AI-touched files. */
    public static final String PROVENANCE_STATEMENT = "ai-provenance.intoto.jsonl";
    /** The readable report the CLI writes. */
    public static final String REPORT_HTML = "report.html";

    private ReportFiles() {
    }
}
