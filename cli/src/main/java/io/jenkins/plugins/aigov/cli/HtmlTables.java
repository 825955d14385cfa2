package io.jenkins.plugins.aigov.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.jenkins.plugins.aigov.engine.model.Origin;
import io.jenkins.plugins.aigov.engine.model.Problem;
import io.jenkins.plugins.aigov.engine.provenance.CommitProvenance;
import io.jenkins.plugins.aigov.engine.provenance.Evidence;
import io.jenkins.plugins.aigov.engine.provenance.FileProvenance;
import io.jenkins.plugins.aigov.engine.provenance.PolicyFinding;

/**
 * The tables of {@link HtmlReport}: commits, files, policy findings and problems.
 */
final class HtmlTables {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private HtmlTables() {
    }

    static void commits(final Html html, final List<CommitProvenance> commits) {
        html.tag("<section id=\"commits\">\n<h2>Commits <span class=\"count\">").text(Integer.toString(commits.size()))
                .tag("</span></h2>\n");
        if (commits.isEmpty()) {
            html.tag("<p class=\"muted\">No commits in the range.</p></section>\n");
            return;
        }
        html.tag("<div class=\"scroll\"><table class=\"commits\"><thead><tr><th>Commit</th><th>Subject</th>")
                .tag("<th>Origin</th><th class=\"num\">Confidence</th><th>Agent / model</th>")
                .tag("<th>Human owner</th><th>Reviewers</th><th>Evidence</th><th>References</th></tr></thead>\n<tbody>\n");
        for (CommitProvenance commit : commits) {
            commit(html, commit);
        }
        html.tag("</tbody></table></div>\n</section>\n");
    }

    private static void commit(final Html html, final CommitProvenance commit) {
        html.tag("<tr class=\"").tag(Html.cssClass(commit.origin())).tag("\"><td class=\"id\"><code title=\"")
                .text(commit.id()).tag("\">").text(commit.shortId()).tag("</code></td>");
        html.tag("<td class=\"subject\">").text(commit.subject()).tag("<div class=\"meta\">")
                .text(commit.authorName() + " <" + commit.authorEmail() + ">");
        if (!commit.committerEmail().equals(commit.authorEmail()) || !commit.committerName().equals(commit.authorName())) {
            html.text(" · committed by " + commit.committerName() + " <" + commit.committerEmail() + ">");
        }
        html.text(" · " + TIME.format(Instant.ofEpochSecond(commit.commitTime())))
                .text(" · +" + commit.addedLines().total() + " −" + commit.deletedLines());
        if (commit.merge()) {
            html.tag(" · <span class=\"flag\">merge</span>");
        }
        if (commit.signed()) {
            html.tag(" · <span class=\"flag\">signed</span>");
        }
        html.tag("</div></td><td>").origin(commit.origin()).tag("</td>")
                .tag("<td class=\"num\">").text(HtmlReport.percent(commit.confidence())).tag("</td>")
                .tag("<td class=\"id\">").textOrDash(commit.agent()).tag("<div class=\"meta\">")
                .text(commit.model()).tag("</div></td><td class=\"person\">").textOrDash(commit.humanOwner())
                .tag("</td>").listCell(commit.reviewers());
        evidence(html, commit.evidence());
        html.listCell(commit.references()).tag("</tr>\n");
    }

    private static void evidence(final Html html, final List<Evidence> evidence) {
        html.tag("<td>");
        if (evidence.isEmpty()) {
            html.textOrDash(null);
        }
        else {
            html.tag("<ul class=\"evidence\">");
            for (Evidence item : evidence) {
                html.tag("<li>").element("span", "signal", item.signal()).tag(" ")
                        .element("span", "rule", item.ruleId()).tag(" → ").origin(item.implies());
                if (item.spoofable()) {
                    html.tag(" <span class=\"flag\" title=\"anyone can write this signal\">spoofable</span>");
                }
                html.tag("<div class=\"meta\">").text(item.location());
                if (!item.rawValue().isEmpty()) {
                    html.tag(": <code>").text(item.rawValue()).tag("</code>");
                }
                html.tag("</div></li>");
            }
            html.tag("</ul>");
        }
        html.tag("</td>");
    }

    static void files(final Html html, final List<FileProvenance> files) {
        html.tag("<section id=\"files\">\n<h2>Files <span class=\"count\">").text(Integer.toString(files.size()))
                .tag("</span></h2>\n");
        if (files.isEmpty()) {
            html.tag("<p class=\"muted\">No files changed in the range.</p></section>\n");
            return;
        }
        html.tag("<div class=\"scroll\"><table class=\"files\"><thead><tr><th>Path</th>");
        for (Origin origin : Origin.values()) {
            html.tag("<th class=\"num\">").text(Html.label(origin)).tag("</th>");
        }
        html.tag("<th>SHA-256 at head</th><th>Agents</th><th>Models</th></tr></thead>\n<tbody>\n");
        for (FileProvenance file : files) {
            html.tag(file.isAiTouched() ? "<tr class=\"ai\">" : "<tr>").tag("<td><code>").text(file.path())
                    .tag("</code>");
            if (file.binary()) {
                html.tag(" <span class=\"flag\">binary</span>");
            }
            html.tag("</td>");
            for (Origin origin : Origin.values()) {
                html.number(file.addedLines().get(origin));
            }
            html.tag("<td class=\"hash\">").textOrDash(file.sha256()).tag("</td>")
                    .listCell(file.agents()).listCell(file.models()).tag("</tr>\n");
        }
        html.tag("</tbody></table></div>\n</section>\n");
    }

    static void findings(final Html html, final List<PolicyFinding> findings) {
        html.tag("<section id=\"findings\">\n<h2>Provenance-policy findings <span class=\"count\">")
                .text(Integer.toString(findings.size())).tag("</span></h2>\n");
        if (findings.isEmpty()) {
            html.tag("<p class=\"muted\">None.</p></section>\n");
            return;
        }
        html.tag("<table><thead><tr><th>Severity</th><th>Rule</th><th>Commit</th><th>Message</th></tr></thead><tbody>\n");
        for (PolicyFinding finding : findings) {
            html.tag("<tr><td>").element("span", "sev sev-" + severityClass(finding.severity()), finding.severity())
                    .tag("</td><td><code>").text(finding.ruleId()).tag("</code></td><td><code title=\"")
                    .text(finding.commitId()).tag("\">").text(HtmlReport.shortId(finding.commitId()))
                    .tag("</code></td>").cell(finding.message()).tag("</tr>\n");
        }
        html.tag("</tbody></table>\n</section>\n");
    }

    static void problems(final Html html, final List<Problem> problems) {
        html.tag("<section id=\"problems\">\n<h2>Problems <span class=\"count\">")
                .text(Integer.toString(problems.size())).tag("</span></h2>\n");
        if (problems.isEmpty()) {
            html.tag("<p class=\"muted\">None: all input was analysed.</p></section>\n");
            return;
        }
        html.tag("<table><thead><tr><th>Where</th><th>What</th></tr></thead><tbody>\n");
        for (Problem problem : problems) {
            html.tag("<tr><td><code>").text(problem.where()).tag("</code></td>").cell(problem.message()).tag("</tr>\n");
        }
        html.tag("</tbody></table>\n</section>\n");
    }

    /** A CSS class from a known severity; anything else is {@code other}, so data never becomes a class name. */
    private static String severityClass(final String severity) {
        String lower = severity == null ? "" : severity.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "low", "medium", "high", "critical" -> lower;
            default -> "other";
        };
    }
}
