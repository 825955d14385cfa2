package io.jenkins.plugins.aigov.engine.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Severity;

import static org.assertj.core.api.Assertions.assertThat;

class ScannerTest {
    private static final String AWS_KEY = "AKIAIOSFODNN7EXAMPLE";
    private final Scanner scanner = new Scanner(RuleSet.builtIn());

    @Test
    void shouldFillEveryFieldOfAFinding() {
        Finding finding = single(scanner.scan("app/db.py", "import os\nos.system(\"rm -rf \" + path)\n"));

        assertThat(finding.gateId()).isEqualTo("security-patterns");
        assertThat(finding.ruleId()).isEqualTo("python-os-system");
        assertThat(finding.severity()).isEqualTo(Severity.HIGH);
        assertThat(finding.cwe()).isEqualTo("CWE-78");
        assertThat(finding.file()).isEqualTo("app/db.py");
        assertThat(finding.line()).isEqualTo(2);
        assertThat(finding.snippet()).isEqualTo("os.system(\"rm -rf \" + path)");
        assertThat(finding.fixHint()).isNotBlank();
        assertThat(finding.fingerprint()).hasSize(32);
        assertThat(finding.evidence()).containsEntry("family", "command-injection").containsEntry("kind", "regex");
        assertThat(finding.aiWritten()).isNull();
        assertThat(finding.newInRange()).isNull();
    }

    @Test
    void shouldRedactSecretsInSnippetMessageAndEvidence() {
        Finding finding = single(scanner.scan("app/aws.py", "KEY = \"" + AWS_KEY + "\"\n"));

        String redacted = Redactor.redact(AWS_KEY);
        assertThat(redacted).startsWith("AKIA…#sha256:").hasSize("AKIA…#sha256:".length() + 8);
        assertThat(finding.snippet()).isEqualTo("KEY = \"" + redacted + "\"");
        assertThat(finding.evidence()).containsEntry("secret", redacted);
        assertThat(finding.toString()).doesNotContain(AWS_KEY);
    }

    @Test
    void shouldKeepShortSecretsMostlyHidden() {
        assertThat(Redactor.redact("hunter22")).startsWith("hu…#sha256:");
        assertThat(Redactor.redact("abc")).startsWith("…#sha256:");
    }

    @Test
    void shouldKeepTheFingerprintWhenLinesAreInsertedAbove() {
        String code = "cursor.execute(f\"SELECT * FROM t WHERE id = {x}\")\n";
        Finding before = single(scanner.scan("app/q.py", code));
        Finding after = single(scanner.scan("app/q.py", "import os\n\n# a comment\n    " + code));

        assertThat(after.line()).isEqualTo(4);
        assertThat(after.fingerprint()).isEqualTo(before.fingerprint());
        assertThat(single(scanner.scan("app/other.py", code)).fingerprint()).isNotEqualTo(before.fingerprint());
    }

    @Test
    void shouldGiveRepeatedIdenticalLinesDistinctFingerprints() {
        String line = "os.system(\"rm \" + p)\n";
        List<Finding> findings = scanner.scan("app/x.py", line + line);

        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).fingerprint()).isNotEqualTo(findings.get(1).fingerprint());
    }

    @Test
    void shouldMarkNewAndAiWrittenLines() {
        String code = "os.system(\"a \" + x)\nos.system(\"b \" + y)\n";
        LineOriginLookup lookup = (path, line) -> line == 2 ? Boolean.TRUE : null;

        List<Finding> findings = scanner.scan("app/x.py", code, Set.of(2), lookup);

        assertThat(findings).extracting(Finding::line).containsExactly(1, 2);
        assertThat(findings.get(0).newInRange()).isFalse();
        assertThat(findings.get(0).aiWritten()).isNull();
        assertThat(findings.get(1).newInRange()).isTrue();
        assertThat(findings.get(1).aiWritten()).isTrue();
    }

    @Test
    void shouldNeverMatchALineWithoutAKeyword() {
        // the pattern alone would match, but the line has no keyword of the rule
        assertThat(scanner.scan("app/x.py", "x = 1\n")).isEmpty();
        assertThat(RuleSet.builtIn().rule("python-os-system").keywords()).containsExactly("os.system", "os.popen");
    }

    @Test
    void shouldSkipFilesOverTheSizeCap(@TempDir final Path dir) throws IOException {
        Path big = dir.resolve("big.py");
        Files.writeString(big, "os.system(\"rm \" + p)\n".repeat(200));
        Scanner small = new Scanner(RuleSet.builtIn(), ScanOptions.defaults().withMaxFileBytes(1024));

        ScanResult result = small.scan(big, "big.py");

        assertThat(result.findings()).isEmpty();
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.where()).isEqualTo("big.py");
            assertThat(problem.message()).contains("over the 1024-byte cap");
        });
    }

    @Test
    void shouldSkipLinesOverTheLengthCap() {
        String huge = "os.system(\"rm \" + p)  # " + "x".repeat(5000) + "\n";
        ScanResult result = scanner.scanChange("app/x.py", null, "ok = 1\n" + huge + "os.system(\"a \" + b)\n",
                null, null);

        assertThat(result.findings()).extracting(Finding::line).containsExactly(3);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.where()).isEqualTo("app/x.py:2");
            assertThat(problem.message()).contains("over 4096 characters");
        });
    }

    @Test
    void shouldSkipBinaryFiles(@TempDir final Path dir) throws IOException {
        byte[] bytes = ("KEY = \"" + AWS_KEY + "\"\n\0\0binary").getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("blob.py"), bytes);

        ScanResult result = scanner.scan(dir.resolve("blob.py"), "blob.py");

        assertThat(result.findings()).isEmpty();
        assertThat(result.problems()).isEmpty();
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(result.filesScanned()).isZero();
    }

    @Test
    void shouldScanATreeAndCountFilesAndBytes(@TempDir final Path dir) throws IOException {
        Files.createDirectories(dir.resolve("app"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("app/a.py"), "os.system(\"rm \" + p)\n");
        Files.writeString(dir.resolve("app/b.py"), "print('hi')\n");
        Files.writeString(dir.resolve(".git/config.py"), "os.system(\"rm \" + p)\n");

        ScanResult result = scanner.scanTree(dir);

        assertThat(result.filesScanned()).isEqualTo(2);
        assertThat(result.bytesScanned()).isEqualTo(21 + 12);
        assertThat(result.findings()).extracting(Finding::file).containsExactly("app/a.py");
    }

    @Test
    void shouldReportUnparsableJavaAsAProblem() {
        ScanResult result = scanner.scanChange("src/main/java/A.java", null,
                "class A {\n  void f() { st.executeQuery(\"x\" + y) \n", null, null);

        assertThat(result.findings()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.where()).startsWith("src/main/java/A.java:");
            assertThat(problem.message()).contains("not parsed");
        });
    }

    private static Finding single(final List<Finding> findings) {
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }
}
