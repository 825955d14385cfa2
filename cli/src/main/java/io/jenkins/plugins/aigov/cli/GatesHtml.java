package io.jenkins.plugins.aigov.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.jenkins.plugins.aigov.engine.gates.DependencyCheck;
import io.jenkins.plugins.aigov.engine.gates.GatePolicy;
import io.jenkins.plugins.aigov.engine.gates.GatesResult;
import io.jenkins.plugins.aigov.engine.gates.GatesSummary;
import io.jenkins.plugins.aigov.engine.dependencies.registry.LookupEvidence;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageLookup;
import io.jenkins.plugins.aigov.engine.model.Finding;

/**
 * The gates part of {@code report.html}: the decision, counts, the findings with their evidence and fix hints, the
 * dependencies checked with what each registry answered, the policy in force and the problems. Every value goes
 * through {@link Html#text}.
 */
final class GatesHtml {
    private GatesHtml() {
    }

    static void render(final Html html, final GatesResult result) {
        GatesSummary summary = result.summary();
        String outcome = result.decision().outcome().name().toLowerCase(Locale.ROOT);
        html.tag("<section id=\"gates\">\n<h2>AI gates</h2>\n<div class=\"banner outcome-").tag(outcome)
                .tag("\"><strong>").text(result.decision().outcome().name()).tag("</strong> — ")
                .text(result.decision().reason()).tag("</div>\n");
        html.tag("<p class=\"muted\">").text(summary.dependencies() + " dependencies checked; "
                + summary.critical() + " critical, " + summary.high() + " high, " + summary.medium() + " medium, "
                + summary.low() + " low, " + summary.info() + " info findings; " + summary.unverified()
                + " unverified; " + summary.aiFindings() + " on AI-written lines.").tag("</p>\n");
        findings(html, result.findings());
        checks(html, result.checks());
        policy(html, result.policy());
        html.tag("</section>\n");
    }

    private static void findings(final Html html, final List<Finding> findings) {
        html.tag("<h3 id=\"gate-findings\">Findings <span class=\"count\">").text(Integer.toString(findings.size()))
                .tag("</span></h3>\n");
        if (findings.isEmpty()) {
            html.tag("<p class=\"muted\">None.</p>\n");
            return;
        }
        html.tag("<div class=\"scroll\"><table><thead><tr><th>Severity</th><th>Gate / rule</th><th>Where</th>")
                .tag("<th>Package</th><th>Message</th><th>Fix</th><th>Line</th><th>Evidence</th></tr></thead><tbody>\n");
        for (Finding finding : findings) {
            html.tag("<tr><td>").element("span", "sev sev-" + severityClass(finding.severity().id()),
                    finding.severity().id()).tag("</td><td><code>").text(finding.gateId()).tag("</code><div class=\"meta\">")
                    .text(finding.ruleId()).tag("</div></td><td><code>").text(finding.file() + ":" + finding.line())
                    .tag("</code></td><td><code>").text(finding.evidence().getOrDefault("package", ""))
                    .tag("</code><div class=\"meta\">").text(finding.evidence().getOrDefault("ecosystem", ""))
                    .tag("</div></td>").cell(finding.message()).cell(finding.fixHint()).tag("<td>");
            lineFacts(html, finding);
            html.tag("</td><td>");
            evidence(html, finding.evidence());
            html.tag("</td></tr>\n");
        }
        html.tag("</tbody></table></div>\n");
    }

    private static void lineFacts(final Html html, final Finding finding) {
        if (Boolean.TRUE.equals(finding.aiWritten())) {
            html.tag("<span class=\"flag\">AI-written</span> ");
        }
        if (Boolean.TRUE.equals(finding.newInRange())) {
            html.tag("<span class=\"flag\">new</span>");
        }
        if (finding.aiWritten() == null && finding.newInRange() == null) {
            html.textOrDash(null);
        }
    }

    private static void evidence(final Html html, final Map<String, String> evidence) {
        html.tag("<details class=\"evidence\"><summary>").text(evidence.size() + " facts").tag("</summary><dl>");
        evidence.forEach((key, value) -> html.tag("<dt>").text(key).tag("</dt><dd>").text(value).tag("</dd>"));
        html.tag("</dl></details>");
    }

    private static void checks(final Html html, final List<DependencyCheck> checks) {
        html.tag("<h3 id=\"gate-checks\">Dependencies checked <span class=\"count\">")
                .text(Integer.toString(checks.size())).tag("</span></h3>\n");
        if (checks.isEmpty()) {
            html.tag("<p class=\"muted\">No dependency was added or changed in the range.</p>\n");
            return;
        }
        html.tag("<div class=\"scroll\"><table><thead><tr><th>Ecosystem</th><th>Package</th><th>Version</th>")
                .tag("<th>Declared at</th><th>Change</th><th>Registry answer</th><th>Asked</th></tr></thead><tbody>\n");
        for (DependencyCheck check : checks) {
            PackageLookup lookup = check.lookup();
            html.tag("<tr>").cell(check.dependency().ecosystem().name().toLowerCase(Locale.ROOT))
                    .tag("<td><code>").text(check.dependency().name()).tag("</code></td>")
                    .cell(check.dependency().version()).tag("<td><code>").text(check.dependency().location())
                    .tag("</code></td>").cell(check.change())
                    .cell(lookup == null ? "not a registry dependency" : lookup.outcome() + (lookup.reason().isEmpty()
                            ? "" : ": " + lookup.reason())).tag("<td>");
            if (lookup == null || lookup.evidence().isEmpty()) {
                html.textOrDash(null);
            }
            else {
                html.tag("<ul class=\"plain\">");
                for (LookupEvidence item : lookup.evidence()) {
                    html.tag("<li><code>").text(item.url()).tag("</code> ")
                            .text("HTTP " + item.httpStatus() + (item.fromCache() ? " (cached)" : "")).tag("</li>");
                }
                html.tag("</ul>");
            }
            html.tag("</td></tr>\n");
        }
        html.tag("</tbody></table></div>\n");
    }

    private static void policy(final Html html, final GatePolicy policy) {
        html.tag("<h3 id=\"gate-policy\">Policy in force</h3>\n<table><tbody>")
                .tag("<tr><th>failOn</th>").cell(policy.failOn().id()).tag("</tr>")
                .tag("<tr><th>unstableOn</th>").cell(policy.unstableOn().id()).tag("</tr>")
                .tag("<tr><th>aiFailOn</th>").cell(policy.aiFailOn() == null ? null : policy.aiFailOn().id()).tag("</tr>")
                .tag("<tr><th>packageMinAgeDays</th>").cell(Integer.toString(policy.packageMinAgeDays())).tag("</tr>")
                .tag("<tr><th>versionMinAgeDays</th>").cell(Integer.toString(policy.versionMinAgeDays())).tag("</tr>")
                .tag("<tr><th>outagePolicy</th>").cell(policy.outagePolicy().name()).tag("</tr>")
                .tag("<tr><th>scope</th>").cell(policy.scope().name()).tag("</tr>")
                .tag("<tr><th>watchlist</th>").listCell(List.copyOf(policy.watchlist())).tag("</tr>")
                .tag("</tbody></table>\n");
    }

    private static String severityClass(final String severity) {
        return switch (severity) {
            case "low", "medium", "high", "critical" -> severity;
            default -> "other";
        };
    }
}
