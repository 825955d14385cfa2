package io.jenkins.plugins.aigov.engine.report;

/**
 * The names of the files the product writes, the same in a Jenkins run directory and in the CLI's output folder.
 */
public final class ReportFiles {
    /** The provenance detail document. */
    public static final String PROVENANCE_JSON = "ai-provenance.json";
    /** The in-toto Statement v1 (one JSON line) whose subjects are the AI-touched files. */
    public static final String PROVENANCE_STATEMENT = "ai-provenance.intoto.jsonl";
    /** The AI Bill of Materials, CycloneDX 1.6 JSON. */
    public static final String BOM_JSON = "bom.cdx.json";
    /** The DSSE envelope (one JSON line) around the in-toto statement whose subject is {@link #BOM_JSON}. */
    public static final String BOM_STATEMENT = "bom.intoto.jsonl";
    /** The gates detail document. */
    public static final String GATES_JSON = "ai-gates.json";
    /** All findings of a gates run as one SARIF 2.1.0 log. */
    public static final String GATES_SARIF = "ai-gates.sarif";
    /** The readable report the CLI writes. */
    public static final String REPORT_HTML = "report.html";

    private ReportFiles() {
    }
}
