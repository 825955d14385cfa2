package io.jenkins.plugins.aigov.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.AiGovernance;
import io.jenkins.plugins.aigov.engine.model.Origin;
import io.jenkins.plugins.aigov.engine.model.OriginCounts;
import io.jenkins.plugins.aigov.engine.model.Problem;
import io.jenkins.plugins.aigov.engine.provenance.CommitProvenance;
import io.jenkins.plugins.aigov.engine.provenance.Evidence;
import io.jenkins.plugins.aigov.engine.provenance.FileProvenance;
import io.jenkins.plugins.aigov.engine.provenance.PolicyFinding;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceTotals;
import io.jenkins.plugins.aigov.engine.provenance.RangeInfo;
import io.jenkins.plugins.aigov.engine.testing.GitFixture;

import static io.jenkins.plugins.aigov.engine.testing.GitFixture.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code report.html}: content, escaping of everything that comes from the repository, and no active content.
 */
class HtmlReportTest {
    private static final String SCRIPT = "<script>alert('x')</script>";
    /** Git drops '<' and '>' from names, so a name attacks with quotes and ampersands. */
    private static final String NAME = "Eve \" onmouseover=alert(1) & O'Hara";
    private static final String HEAD = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path tmp;

    @Test
    void shouldEscapeHostileSubjectsNamesAndTrailers() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
            repo.write("x.txt", "1\n");
            repo.commit("Fix " + SCRIPT + " & <img src=x onerror=alert(1)>" + Repositories.CLAUDE_FOOTER
                    + "Claude-Session: javascript:alert(\"s\")\n", person(NAME, "eve@example.com"));
            ProvenanceResult result = AiGovernance.provenance().repository(repo.dir()).call().result();

            String html = HtmlReport.render(result);

            assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("\" onmouseover")
                    .doesNotContain("href=\"javascript");
            assertThat(html).contains("Fix &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img src=x")
                    .contains("Eve &quot; onmouseover=alert(1) &amp; O&#39;Hara &lt;eve@example.com&gt;")
                    .contains("javascript:alert(&quot;s&quot;)");
        }
    }

    @Test
    void shouldEscapeEveryStringOfAHandMadeResult() {
        String html = HtmlReport.render(result(true, SCRIPT));

        assertThat(html).doesNotContain("<script");
        assertThat(html.split("&lt;script&gt;", -1).length - 1).as("agent, model, evidence, path, finding, problem …")
                .isGreaterThanOrEqualTo(12);
    }

    @Test
    void shouldDeclareAStrictPolicyAndLoadNothing() {
        String html = HtmlReport.render(result(false, "value"));

        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'\">");
        assertThat(html).doesNotContainPattern("(?i)<script|<link|<img|<iframe|src=|@import|url\\(|\\son[a-z]+=")
                .doesNotContain("http://").doesNotContain("href=\"http");
    }

    @Test
    void shouldShowRangeTotalsAgentsModelsAndTables() {
        String html = HtmlReport.render(result(false, "value"));

        assertThat(html).contains("<code>0123456789ab</code>").contains("66.7 %")
                .contains("By agent").contains("By model").contains("<td>value</td>")
                .contains("id=\"commits\"").contains("id=\"files\"").contains("id=\"findings\"")
                .contains("ai-commit-without-owner").contains("badge o-ai-generated")
                .doesNotContain("PARTIAL");
    }

    @Test
    void shouldShowAPartialBannerAndTheProblems() {
        String html = HtmlReport.render(result(true, "value"));

        assertThat(html).contains("PARTIAL RESULT").contains("id=\"problems\"").contains("<code>value</code>");
    }

    private static ProvenanceResult result(final boolean partial, final String value) {
        Evidence evidence = new Evidence("trailer", value, value, value, true, Origin.AI_GENERATED, value, value);
        CommitProvenance commit = new CommitProvenance(HEAD, value, value, value, value, value, 1_767_603_600L,
                false, false, Origin.AI_GENERATED, 0.9, List.of(evidence), value, value, List.of(value), value,
                List.of(value), OriginCounts.of(Origin.AI_GENERATED, 2), 1);
        FileProvenance file = new FileProvenance(value, new OriginCounts(2, 0, 0, 1), value, 10, false,
                List.of(value), List.of(value), List.of(HEAD));
        ProvenanceTotals totals = new ProvenanceTotals(OriginCounts.of(Origin.AI_GENERATED, 1),
                new OriginCounts(2, 0, 0, 1), Map.of(value, 1L), Map.of(value, 1L), Map.of(value, 2L),
                Map.of(value, 2L), 1);
        return new ProvenanceResult("1.0", new RangeInfo(null, "HEAD", null, HEAD, false, 5000), List.of(commit),
                List.of(file), totals, List.of(new PolicyFinding("ai-commit-without-owner", "high", HEAD, value)),
                List.of(new Problem(value, value)), partial);
    }
}
