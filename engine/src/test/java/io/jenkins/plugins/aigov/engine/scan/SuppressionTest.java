package io.jenkins.plugins.aigov.engine.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.model.Finding;

import static org.assertj.core.api.Assertions.assertThat;

class SuppressionTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final String BAD = "os.system(\"rm \" + p)";

    private final Scanner scanner = new Scanner(RuleSet.builtIn(), ScanOptions.defaults().withToday(TODAY));

    @Test
    void shouldSuppressWithAnInlineCommentOnTheSameLine() {
        Finding finding = single("x.py", BAD + "  # aigov:ignore python-os-system reason=\"p is a constant\"\n");

        assertThat(finding.isSuppressed()).isTrue();
        assertThat(finding.suppression().source()).isEqualTo("inline");
        assertThat(finding.suppression().reason()).isEqualTo("p is a constant");
        assertThat(finding.suppression().problem()).isNull();
    }

    @Test
    void shouldSuppressWithAnInlineCommentOnThePreviousLineInAnyCommentStyle() {
        String js = "// aigov:ignore js-eval-input,js-cors-wildcard reason='sandboxed' until=2026-12-31\n"
                + "const r = eval(req.query.expr);\n";
        Finding finding = single("web/a.js", js);

        assertThat(finding.isSuppressed()).isTrue();
        assertThat(finding.suppression().expires()).isEqualTo("2026-12-31");
    }

    @Test
    void shouldReportButNotApplyAnExpiredInlineSuppression() {
        Finding finding = single("x.py", "# aigov:ignore python-os-system reason=\"legacy\" until=2026-02-28\n"
                + BAD + "\n");

        assertThat(finding.isSuppressed()).isFalse();
        assertThat(finding.suppression().effective()).isFalse();
        assertThat(finding.suppression().problem()).contains("expired on 2026-02-28");
    }

    @Test
    void shouldReportButNotApplyAnInlineSuppressionWithoutAReason() {
        Finding finding = single("x.py", BAD + "  # aigov:ignore python-os-system\n");

        assertThat(finding.isSuppressed()).isFalse();
        assertThat(finding.suppression().problem()).contains("without a reason");
    }

    @Test
    void shouldIgnoreAnInlineSuppressionForAnotherRule() {
        Finding finding = single("x.py", BAD + "  # aigov:ignore python-eval-input reason=\"x\"\n");

        assertThat(finding.suppression()).isNull();
    }

    @Test
    void shouldSuppressFromTheFileByRuleAndPath() {
        SuppressionFile file = SuppressionFile.parse(".aigov/suppressions.yml", """
                suppressions:
                  - rule: python-os-system
                    path: "tools/**"
                    owner: alice
                    reason: build helper, never sees input
                    expires: 2027-01-01
                """);
        Scanner withFile = new Scanner(RuleSet.builtIn(), ScanOptions.defaults().withToday(TODAY)
                .withSuppressions(file));

        Finding inTools = withFile.scan("tools/gen.py", BAD + "\n").get(0);
        Finding elsewhere = withFile.scan("app/gen.py", BAD + "\n").get(0);

        assertThat(inTools.isSuppressed()).isTrue();
        assertThat(inTools.suppression().owner()).isEqualTo("alice");
        assertThat(inTools.suppression().source()).isEqualTo(".aigov/suppressions.yml");
        assertThat(elsewhere.suppression()).isNull();
    }

    @Test
    void shouldSuppressFromTheFileByFingerprint(@TempDir final Path dir) throws IOException {
        String fingerprint = scanner.scan("app/gen.py", BAD + "\n").get(0).fingerprint();
        Files.createDirectories(dir.resolve("app"));
        Files.createDirectories(dir.resolve(".aigov"));
        Files.writeString(dir.resolve("app/gen.py"), "import os\n\n" + BAD + "\n" + BAD.replace("rm", "ls") + "\n");
        Files.writeString(dir.resolve(".aigov/suppressions.yml"), "suppressions:\n  - fingerprint: " + fingerprint
                + "\n    reason: reviewed\n  - rule: python-os-system\n    expires: 2025-01-01\n    reason: old\n"
                + "  - owner: bob\n");

        ScanResult result = new Scanner(RuleSet.builtIn(), ScanOptions.defaults().withToday(TODAY)).scanTree(dir);

        assertThat(result.findings()).hasSize(2);
        assertThat(result.findings().get(0).isSuppressed()).isTrue();
        assertThat(result.findings().get(1).isSuppressed()).isFalse();
        assertThat(result.findings().get(1).suppression().problem()).contains("expired");
        assertThat(result.unsuppressed()).hasSize(1);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.where()).isEqualTo(".aigov/suppressions.yml#3");
            assertThat(problem.message()).contains("needs 'rule' or 'fingerprint'");
        });
    }

    @Test
    void shouldReportAnUnreadableSuppressionsFile() {
        SuppressionFile file = SuppressionFile.parse(".aigov/suppressions.yml", "suppressions: [\n");

        assertThat(file.entries()).isEmpty();
        assertThat(file.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("not valid YAML"));
    }

    private Finding single(final String path, final String content) {
        List<Finding> findings = scanner.scan(path, content);
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }
}
