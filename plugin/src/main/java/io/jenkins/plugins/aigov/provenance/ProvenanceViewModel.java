package io.jenkins.plugins.aigov.provenance;

import java.io.IOException;
import java.util.List;

import hudson.model.Api;
import hudson.model.Run;
import org.kohsuke.stapler.StaplerResponse2;

import io.jenkins.plugins.aigov.engine.model.Problem;
import io.jenkins.plugins.aigov.engine.provenance.PolicyFinding;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;
import io.jenkins.plugins.aigov.engine.provenance.RangeInfo;
import io.jenkins.plugins.aigov.engine.report.ReportFiles;

/**
 * The report page of a {@link ProvenanceAction} ({@code index.jelly}), its downloads and its remote API. Every
 * value the page shows is computed here; the Jelly file only lays them out.
 */
public final class ProvenanceViewModel {
    /** Content type of {@code ai-provenance.json}. */
    static final String JSON_TYPE = "application/json;charset=UTF-8";
    /** Content type of the in-toto statement file (JSON Lines). */
    static final String STATEMENT_TYPE = "application/x-ndjson;charset=UTF-8";

    private final ProvenanceAction action;

    ProvenanceViewModel(final ProvenanceAction action) {
        this.action = action;
    }

    public Run<?, ?> getOwner() {
        return action.getOwner();
    }

    public String getDisplayName() {
        return action.getDisplayName();
    }

    public ProvenanceBuildSummary getSummary() {
        return action.getSummary();
    }

    /** The summary at {@code api/json} and {@code api/xml}. */
    public Api getApi() {
        return new Api(action);
    }

    /** Whether {@code ai-provenance.json} could be read. */
    public boolean isDetailAvailable() {
        return action.getResult().isPresent();
    }

    /** The range as analysed, e.g. {@code 1a2b3c4d5e6f..9f8e7d6c5b4a}. */
    public String getRange() {
        return action.getResult().map(ProvenanceResult::range).map(ProvenanceViewModel::describe).orElse("");
    }

    /** Whether the walk stopped at the commit cap. */
    public boolean isCapped() {
        return action.getResult().map(r -> r.range().capped()).orElse(false);
    }

    public int getMaxCommits() {
        return action.getResult().map(r -> r.range().maxCommits()).orElse(0);
    }

    public List<CommitRow> getCommits() {
        return action.getResult().map(r -> r.commits().stream().map(CommitRow::new).toList()).orElse(List.of());
    }

    public List<FileRow> getFiles() {
        return action.getResult().map(r -> r.files().stream().map(FileRow::new).toList()).orElse(List.of());
    }

    public List<FindingRow> getPolicyFindings() {
        return action.getResult().map(r -> r.policyFindings().stream().map(FindingRow::new).toList())
                .orElse(List.of());
    }

    /** The problems met in the input, each as {@code where: message}. */
    public List<String> getProblems() {
        return action.getResult().map(r -> r.problems().stream().map(Problem::toString).toList())
                .orElse(List.of());
    }

    /** Serves {@code ai-provenance.json} (GET; read-only). */
    public void doJson(final StaplerResponse2 response) throws IOException {
        serve(response, ReportFiles.PROVENANCE_JSON, JSON_TYPE);
    }

    /** Serves {@code ai-provenance.intoto.jsonl} (GET; read-only). */
    public void doStatement(final StaplerResponse2 response) throws IOException {
        serve(response, ReportFiles.PROVENANCE_STATEMENT, STATEMENT_TYPE);
    }

    private void serve(final StaplerResponse2 response, final String name, final String type) throws IOException {
        action.serveReport(response, name, type);
    }

    private static String describe(final RangeInfo range) {
        String base = range.baseId() == null ? "(whole history)" : abbreviate(range.baseId());
        return base + " .. " + abbreviate(range.headId());
    }

    private static String abbreviate(final String id) {
        return id != null && id.length() > 12 ? id.substring(0, 12) : String.valueOf(id);
    }

    /** A policy finding as the page shows it. */
    public static final class FindingRow {
        private final PolicyFinding finding;

        FindingRow(final PolicyFinding finding) {
            this.finding = finding;
        }

        public String getRuleId() {
            return finding.ruleId();
        }

        public String getSeverity() {
            return finding.severity();
        }

        public String getCommit() {
            return abbreviate(finding.commitId());
        }

        public String getMessage() {
            return finding.message();
        }
    }
}
