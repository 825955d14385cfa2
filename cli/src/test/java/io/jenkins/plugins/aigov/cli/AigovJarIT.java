package io.jenkins.plugins.aigov.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The built, shaded jar as a user runs it: {@code java -jar aigov.jar …} in its own process. Runs in the
 * {@code integration-test} phase, after {@code package} has written the jar.
 */
class AigovJarIT {
    @TempDir
    Path tmp;

    private Path jar;

    @BeforeEach
    void findJar() {
        String property = System.getProperty("aigov.jar");
        assumeTrue(property != null && Files.isRegularFile(Path.of(property)), "the built aigov.jar");
        jar = Path.of(property);
    }

    private record Process(int exitCode, String out) {
    }

    private Process java(final String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        java.lang.Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Process(process.exitValue(), out);
    }

    @Test
    void shouldPrintItsVersion() throws Exception {
        Process run = java("--version");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).startsWith("aigov " + System.getProperty("aigov.version"));
    }

    @Test
    void shouldRunProvenanceWithEverythingItNeedsInsideTheJar() throws Exception {
        try (Repositories.Demo demo = Repositories.demo(tmp.resolve("repo"))) {
            Path out = tmp.resolve("out");

            Process run = java("provenance", "--repo", demo.dir().toString(), "--out", out.toString());

            assertThat(run.exitCode()).as(run.out()).isZero();
            assertThat(run.out()).contains("AI provenance: 3 commits").doesNotContain("SLF4J");
            assertThat(out.resolve("ai-provenance.json")).isRegularFile();
            assertThat(out.resolve("report.html")).isRegularFile();
        }
    }

    @Test
    void shouldExitWithUsageErrorOutsideAGitRepository() throws Exception {
        Process run = java("provenance", "--repo", tmp.toString(), "--out", tmp.resolve("out").toString());

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).contains("aigov: error:");
    }
}
