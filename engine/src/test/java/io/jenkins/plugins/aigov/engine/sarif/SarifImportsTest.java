package io.jenkins.plugins.aigov.engine.sarif;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class SarifImportsTest {
    @TempDir
    Path repo;
    @TempDir
    Path elsewhere;

    @Test
    void shouldReadEveryFileTheGlobMatches() throws IOException {
        SarifFixtures.copy("valid-semgrep.sarif", repo, "semgrep.sarif");
        SarifFixtures.copy("valid-codeql.sarif", repo, "build/reports/codeql/java.sarif");
        SarifFixtures.copy("valid-gitleaks.sarif", repo, "build/reports/gitleaks.sarif");
        SarifFixtures.copy("valid-eslint-security.sarif", repo, ".git/ignored.sarif");

        SarifImport all = SarifImports.collect(repo, "**/*.sarif");
        SarifImport reports = SarifImports.collect(repo, "build/reports/*.sarif");

        assertThat(all.source()).isEqualTo("**/*.sarif");
        assertThat(all.problems()).isEmpty();
        assertThat(all.findings()).extracting(f -> f.evidence().get("sarifFile")).containsOnly(
                "build/reports/codeql/java.sarif", "build/reports/gitleaks.sarif", "semgrep.sarif");
        assertThat(reports.findings()).extracting(Finding::ruleId).allMatch(id -> id.startsWith("gitleaks/"));
    }

    @Test
    void shouldRefuseSymlinksLeavingTheRepository() throws IOException {
        Path outside = elsewhere.resolve("secret.sarif");
        Files.writeString(outside, SarifFixtures.text("valid-semgrep.sarif", null));
        Files.createSymbolicLink(repo.resolve("linked.sarif"), outside);
        SarifFixtures.copy("valid-eslint-security.sarif", repo, "eslint.sarif");
        Files.createSymbolicLink(repo.resolve("inside.sarif"), repo.resolve("eslint.sarif"));

        SarifImport result = SarifImports.collect(repo, "*.sarif");

        assertThat(result.problems()).extracting(Problem::toString)
                .containsExactly("linked.sarif: symbolic link leads out of the repository; not read");
        assertThat(result.findings()).extracting(f -> f.evidence().get("sarifFile"))
                .containsOnly("eslint.sarif", "inside.sarif");
    }

    @Test
    void shouldSayWhenNothingMatches() {
        SarifImport result = SarifImports.collect(repo, "build/reports/*.sarif");

        assertThat(result.findings()).isEmpty();
        assertThat(result.problems()).extracting(Problem::message)
                .containsExactly("no SARIF file matches; did the scanner run?");
    }

    @Test
    void shouldStartTheWalkAtTheGlobsLiteralFolders() {
        assertThat(SarifImports.literalPrefix("build/reports/*.sarif")).isEqualTo("build/reports/");
        assertThat(SarifImports.literalPrefix("**/*.sarif")).isEmpty();
        assertThat(SarifImports.literalPrefix("../x/*.sarif")).isEmpty();
    }
}
