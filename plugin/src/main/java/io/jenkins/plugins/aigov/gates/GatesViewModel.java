package io.jenkins.plugins.aigov.gates;

import java.io.IOException;
import java.util.List;

import hudson.model.Api;
import hudson.model.Run;
import org.kohsuke.stapler.StaplerResponse2;

import io.jenkins.plugins.aigov.engine.gates.GatePolicy;
import io.jenkins.plugins.aigov.engine.gates.PolicyRules;
import io.jenkins.plugins.aigov.engine.scan.RuleException;
import io.jenkins.plugins.aigov.engine.gates.GatesResult;
import io.jenkins.plugins.aigov.engine.model.Decision;
import io.jenkins.plugins.aigov.engine.model.Problem;
import io.jenkins.plugins.aigov.engine.provenance.RangeInfo;
import io.jenkins.plugins.aigov.engine.report.ReportFiles;

/**
 * The report page of a {@link GatesAction} ({@code index.jelly}), its download and its remote API. Every value the
 * page shows is computed here; the filters of the findings table are plain links with query parameters
 * ({@code ?gate=…&severity=…}) that {@link #findings(String, String)} applies on the server, so the page needs no
 * script.
 */
public final class GatesViewModel {
    /** Content type of {@code ai-gates.json}. */
    static final String JSON_TYPE = "application/json;charset=UTF-8";

    private final GatesAction action;

    GatesViewModel(final GatesAction action) {
        this.action = action;
    }

    public Run<?, ?> getOwner() {
        return action.getOwner();
    }

    public String getDisplayName() {
        return action.getDisplayName();
    }

    public GatesBuildSummary getSummary() {
        return action.getSummary();
    }

    /** The summary at {@code api/json} and {@code api/xml}. */
    public Api getApi() {
        return new Api(action);
    }

    /** Whether {@code ai-gates.json} could be read. */
    public boolean isDetailAvailable() {
        return action.getResult().isPresent();
    }

    /** Every contribution to the decision, one line each. */
    public List<String> getExplanation() {
        return action.getResult().map(GatesResult::decision).map(Decision::explanation).orElse(List.of());
    }

    /** The range as analysed, e.g. {@code 1a2b3c4d5e6f .. 9f8e7d6c5b4a}. */
    public String getRange() {
        return action.getResult().map(GatesResult::range).map(GatesViewModel::describe).orElse("");
    }

    /** The policy in force (after the Jenkinsfile's tightening), one {@code name: value} line each. */
    public List<String> getPolicy() {
        return action.getResult().map(GatesResult::policy).map(GatesViewModel::describe).orElse(List.of());
    }

    /** The findings table, filtered by gate id and severity (blank: all). */
    public FindingsTable findings(final String gate, final String severity) {
        return findings(gate, severity, null);
    }

    /** The findings table, filtered by gate id, severity and origin ({@code ai}, {@code human}, {@code unknown}). */
    public FindingsTable findings(final String gate, final String severity, final String origin) {
        return new FindingsTable(action.getResult().map(GatesResult::findings).orElse(List.of()), gate, severity,
                origin);
    }

    /** Every dependency checked. */
    public List<CheckRow> getChecks() {
        return action.getResult().map(r -> r.checks().stream().map(CheckRow::new).toList()).orElse(List.of());
    }

    /** The problems met in the input, each as {@code where: message}. */
    public List<String> getProblems() {
        return action.getResult().map(r -> r.problems().stream().map(Problem::toString).toList())
                .orElse(List.of());
    }

    /** Serves {@code ai-gates.json} (GET; read-only). */
    public void doJson(final StaplerResponse2 response) throws IOException {
        serve(response, ReportFiles.GATES_JSON, JSON_TYPE);
    }

    /** Serves {@code ai-gates.sarif}, every finding as SARIF 2.1.0 (GET; read-only). */
    public void doSarif(final StaplerResponse2 response) throws IOException {
        serve(response, ReportFiles.GATES_SARIF, "application/sarif+json");
    }

    private void serve(final StaplerResponse2 response, final String name, final String type) throws IOException {
        action.serveReport(response, name, type);
    }

    private static String describe(final RangeInfo range) {
        String base = range.baseId() == null ? "(whole history)" : Rows.abbreviate(range.baseId());
        return base + " .. " + Rows.abbreviate(range.headId());
    }

    /** The policy in force, one setting per line, with the admin's re-ratings and own rules. */
    static List<String> describe(final GatePolicy policy) {
        List<String> lines = new java.util.ArrayList<>(settings(policy));
        lines.add("severityOverrides: " + (policy.severityOverrides().isEmpty() ? "-"
                : policy.severityOverrides().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue().id())
                        .collect(java.util.stream.Collectors.joining(", "))));
        lines.add("extraRules: " + extraRules(policy.extraRules()));
        return List.copyOf(lines);
    }

    private static String extraRules(final String text) {
        if (text == null || text.isBlank()) {
            return "-";
        }
        try {
            return String.join(", ", PolicyRules.extraRuleIds(text, "extraRules"));
        } catch (RuleException e) {
            return "not used: " + e.getMessage();
        }
    }

    private static List<String> settings(final GatePolicy policy) {
        return List.of("failOn: " + policy.failOn().id(), "unstableOn: " + policy.unstableOn().id(),
                "aiFailOn: " + (policy.aiFailOn() == null ? "(same as failOn)" : policy.aiFailOn().id()),
                "packageMinAgeDays: " + policy.packageMinAgeDays(), "versionMinAgeDays: " + policy.versionMinAgeDays(),
                "outagePolicy: " + policy.outagePolicy().name(), "scope: " + policy.scope().name(),
                "watchlist: " + (policy.watchlist().isEmpty() ? "-" : String.join(", ", policy.watchlist())),
                "disabledRules: " + (policy.disabledRules().isEmpty() ? "-"
                        : String.join(", ", policy.disabledRules())));
    }
}
