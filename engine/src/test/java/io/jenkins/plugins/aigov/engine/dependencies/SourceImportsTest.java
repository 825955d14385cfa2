package io.jenkins.plugins.aigov.engine.dependencies;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceImportsTest {
    private static List<String> describe(final List<SourceImport> imports) {
        return imports.stream().map(i -> i.line() + " " + i.module() + " " + i.packageName()
                + (i.standard() ? " std" : "")).toList();
    }

    @Test
    void shouldFindPythonImports() {
        List<SourceImport> imports = SourceImports.scan("reports/build.py", Fixtures.text("valid-imports.py"));

        assertThat(describe(imports)).containsExactly(
                "5 __future__ __future__ std",
                "7 os os std",
                "8 os os std",
                "8 sys sys std",
                "9 numpy numpy",
                "10 yaml pyyaml",
                "11 PIL pillow",
                "12 sklearn scikit-learn",
                "16 requests requests",
                "16 attr attrs",
                "17 bs4 beautifulsoup4",
                "23 cv2 opencv-python",
                "24 huggingface_hubx huggingface_hubx");
        assertThat(imports).allMatch(i -> i.ecosystem() == Ecosystem.PYPI && i.path().equals("reports/build.py"));
    }

    @Test
    void shouldFindJavaScriptAndTypeScriptImports() {
        List<SourceImport> imports = SourceImports.scan("src/app.ts", Fixtures.text("valid-imports.ts"));

        assertThat(describe(imports)).containsExactly(
                "1 fs fs std",
                "3 react react",
                "4 @acme/config @acme/config",
                "8 lodash lodash",
                "12 @acme/ui @acme/ui",
                "13 zod zod",
                "16 express express",
                "17 chart.js chart.js",
                "18 path path std");
    }

    @Test
    void shouldMapSpecifiersToPackages() {
        assertThat(SourceImports.npmPackage("@scope/name/sub/path")).isEqualTo("@scope/name");
        assertThat(SourceImports.npmPackage("name/sub")).isEqualTo("name");
        assertThat(SourceImports.npmPackage("./local")).isNull();
        assertThat(SourceImports.npmPackage("node:fs")).isNull();
        assertThat(SourceImports.npmPackage("https://cdn.example.test/x.js")).isNull();
        assertThat(SourceImports.npmPackage("@/alias")).isNull();
        assertThat(SourceImports.npmPackage("#internal")).isNull();
    }

    @Test
    void shouldIgnoreOtherFiles() {
        assertThat(SourceImports.scan("Main.java", "import java.util.List;")).isEmpty();
        assertThat(SourceImports.isSource("a/b.mjs")).isTrue();
        assertThat(SourceImports.isSource("a/b.go")).isFalse();
    }

    @Test
    void shouldStayFastOnAdversarialSource() {
        String text = ("import " + "x".repeat(1000) + " ").repeat(5_000);

        long start = System.nanoTime();
        SourceImports.scan("a.js", text);
        SourceImports.scan("a.py", "from " + " ".repeat(60_000) + "\n");

        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3_000);
    }
}
