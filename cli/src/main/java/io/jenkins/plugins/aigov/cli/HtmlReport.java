package io.jenkins.plugins.aigov.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.jenkins.plugins.aigov.engine.gates.GatesResult;
import io.jenkins.plugins.aigov.engine.model.Origin;
import io.jenkins.plugins.aigov.engine.model.OriginCounts;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceTotals;
import io.jenkins.plugins.aigov.engine.provenance.RangeInfo;

/**
 * {@code report.html}: one standalone page for people. No external resources and no script, so it opens from a
 * file, from an archive and behind a strict Content-Security-Policy; every value is escaped by {@link Html}.
 */
final class HtmlReport {
    /** The policy the page declares for itself: nothing may load, only the inline style applies. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";
    private static final String STYLE = loadStyle();

    private HtmlReport() {
    }

    /** The page for a result. */
    static String render(final ProvenanceResult result) {
        return render(result, null);
    }

    /** The page for a provenance result and, when not {@code null}, the gates result of the same range. */
    static String render(final ProvenanceResult result, final GatesResult gates) {
        Html html = new Html();
        html.tag("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .tag("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CONTENT_SECURITY_POLICY + "\">\n")
                .tag("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .tag("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .tag("<title>").text((gates == null ? "AI provenance " : "AI gates and provenance ")
                        + rangeText(result.range())).tag("</title>\n")
                .tag("<style>\n").tag(STYLE).tag("</style>\n</head>\n<body>\n");
        header(html, result);
        if (gates != null) {
            GatesHtml.render(html, gates);
        }
        summary(html, result);
        HtmlTables.commits(html, result.commits());
        HtmlTables.files(html, result.files());
        HtmlTables.findings(html, result.policyFindings());
        HtmlTables.problems(html, result.problems());
        html.tag("<footer><p>Written by ").text("aigov " + VersionProvider.version())
                .tag(". <strong>Unknown</strong> means no AI marker was found, not that a human wrote it: markers are")
                .tag(" claims that anyone can add or strip. Schema ").text(result.schemaVersion())
                .tag(" of ai-provenance.json.</p></footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void header(final Html html, final ProvenanceResult result) {
        RangeInfo range = result.range();
        html.tag("<header>\n<h1>AI provenance</h1>\n<p class=\"range\">Range <code>")
                .text(range.baseId() == null ? "(start of history)" : shortId(range.baseId()))
                .tag("</code> .. <code>").text(shortId(range.headId())).tag("</code>");
        html.tag(" <span class=\"muted\">(base ").text(range.base() == null ? "not given" : quoted(range.base()))
                .tag(", head ").text(quoted(range.head())).tag(")</span></p>\n</header>\n");
        if (result.partial()) {
            html.tag("<div class=\"banner partial\"><strong>PARTIAL RESULT</strong> — some of the input could not")
                    .tag(" be analysed, so the figures below are incomplete. See <a href=\"#problems\">Problems</a>.")
                    .tag("</div>\n");
        }
        if (range.capped()) {
            html.tag("<div class=\"banner capped\">Only the newest ").text(Integer.toString(range.maxCommits()))
                    .tag(" commits were analysed (the cap). Give a base or raise the cap for the whole range.</div>\n");
        }
    }

    private static void summary(final Html html, final ProvenanceResult result) {
        ProvenanceTotals totals = result.totals();
        int commits = result.commits().size();
        OriginCounts lines = totals.addedLines();
        html.tag("<section class=\"cards\">\n");
        html.tag("<div class=\"card\"><h2>AI share of added lines</h2><p class=\"big\">")
                .text(percent(totals.aiShare())).tag("</p><p class=\"muted\">")
                .text(lines.ai() + " of " + count(lines.total(), "added line")).tag("</p>");
        bar(html, lines);
        originList(html, lines, "line");
        html.tag("</div>\n<div class=\"card\"><h2>Commits</h2><p class=\"big\">").text(Integer.toString(commits))
                .tag("</p><p class=\"muted\">").text(totals.commits().ai() + " with AI").tag("</p>");
        bar(html, totals.commits());
        originList(html, totals.commits(), "commit");
        html.tag("</div>\n<div class=\"card\"><h2>AI-touched files</h2><p class=\"big\">")
                .text(Integer.toString(totals.aiFiles())).tag("</p><p class=\"muted\">")
                .text("of " + count(result.files().size(), "file") + " changed").tag("</p></div>\n");
        findingsCard(html, result);
        html.tag("</section>\n");
        html.tag("<section class=\"split\">\n");
        byKey(html, "By agent", "Agent", totals.commitsByAgent(), totals.linesByAgent());
        byKey(html, "By model", "Model", totals.commitsByModel(), totals.linesByModel());
        html.tag("</section>\n");
    }

    private static void findingsCard(final Html html, final ProvenanceResult result) {
        Map<String, Long> bySeverity = new java.util.TreeMap<>();
        result.policyFindings().forEach(finding -> bySeverity.merge(finding.severity(), 1L, Long::sum));
        html.tag("<div class=\"card\"><h2>Provenance-policy findings</h2><p class=\"big\">")
                .text(Integer.toString(result.policyFindings().size())).tag("</p><p class=\"muted\">");
        if (bySeverity.isEmpty()) {
            html.text("none");
        }
        else {
            html.tag("<a href=\"#findings\">");
            StringBuilder counts = new StringBuilder();
            for (String severity : List.of("critical", "high", "medium", "low")) {
                Long count = bySeverity.remove(severity);
                if (count != null) {
                    counts.append(counts.length() == 0 ? "" : ", ").append(count).append(' ').append(severity);
                }
            }
            bySeverity.forEach((severity, count) -> counts.append(counts.length() == 0 ? "" : ", ")
                    .append(count).append(' ').append(severity));
            html.text(counts.toString()).tag("</a>");
        }
        html.tag("</p><p class=\"muted\">").text(count(result.problems().size(), "problem") + " in the input")
                .tag("</p></div>\n");
    }

    /** A stacked bar of the origins; widths are computed numbers, never data. */
    private static void bar(final Html html, final OriginCounts counts) {
        html.tag("<div class=\"bar\">");
        for (Origin origin : Origin.values()) {
            long count = counts.get(origin);
            if (count > 0) {
                html.tag(String.format(Locale.ROOT, "<span class=\"%s\" style=\"width:%.2f%%\"></span>",
                        Html.cssClass(origin), 100.0 * count / counts.total()));
            }
        }
        html.tag("</div>");
    }

    private static void originList(final Html html, final OriginCounts counts, final String unit) {
        html.tag("<ul class=\"origins\">");
        for (Origin origin : Origin.values()) {
            html.tag("<li>").origin(origin).tag(" ").text(count(counts.get(origin), unit)).tag("</li>");
        }
        html.tag("</ul>");
    }

    private static void byKey(final Html html, final String title, final String column,
            final Map<String, Long> commits, final Map<String, Long> lines) {
        html.tag("<div><h2>").text(title).tag("</h2>\n");
        if (commits.isEmpty() && lines.isEmpty()) {
            html.tag("<p class=\"muted\">None found.</p></div>\n");
            return;
        }
        html.tag("<table><thead><tr><th>").text(column)
                .tag("</th><th class=\"num\">AI commits</th><th class=\"num\">AI-added lines</th></tr></thead><tbody>");
        java.util.SortedSet<String> keys = new java.util.TreeSet<>(commits.keySet());
        keys.addAll(lines.keySet());
        for (String key : keys) {
            html.tag("<tr>").cell(key).number(commits.getOrDefault(key, 0L)).number(lines.getOrDefault(key, 0L))
                    .tag("</tr>");
        }
        html.tag("</tbody></table></div>\n");
    }

    /** {@code 1 line}, {@code 2 lines}. */
    static String count(final long count, final String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    static String shortId(final String id) {
        return id == null ? "" : id.length() > 12 ? id.substring(0, 12) : id;
    }

    static String percent(final double share) {
        return String.format(Locale.ROOT, "%.1f %%", 100.0 * share);
    }

    private static String quoted(final String text) {
        return "\u201c" + text + "\u201d";
    }

    private static String rangeText(final RangeInfo range) {
        return (range.baseId() == null ? "" : shortId(range.baseId())) + ".." + shortId(range.headId());
    }

    private static String loadStyle() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
