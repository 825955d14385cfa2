package io.jenkins.plugins.aigov.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The launcher script {@code target/aigov} as a user runs it: from another folder, through a symbolic link, with
 * spaces in every path. Runs in the {@code integration-test} phase, after {@code package} has written the script,
 * the jar and the class-data-sharing archive.
 */
class AigovLauncherIT {
    @TempDir
    Path tmp;

    private Path launcher;

    @BeforeEach
    void findLauncher() {
        String property = System.getProperty("aigov.launcher");
        assumeTrue(property != null && Files.isExecutable(Path.of(property)), "the built launcher target/aigov");
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "a POSIX shell");
        launcher = Path.of(property);
    }

    private record Run(int exitCode, String out) {
    }

    private Run run(final Path script, final Path cwd, final Map<String, String> env, final String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        Path output = Files.createTempFile(tmp, "launcher", ".out");
        builder.redirectOutput(output.toFile());
        Process process = builder.start();
        boolean ended = process.waitFor(2, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as("the launcher ended within 2 minutes").isTrue();
        return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    @Test
    void shouldFindItsJarWhateverCdpathSays() throws Exception {
        Path folder = launcher.getParent();
        Path decoy = Files.createDirectories(tmp.resolve("decoy").resolve(folder.getFileName().toString()));

        Run run = run(Path.of(folder.getFileName().toString(), "aigov"), folder.getParent(),
                Map.of("CDPATH", decoy.getParent().toString()), "--version");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).doesNotContain("missing");
    }

    @Test
    void shouldRunProvenanceFromAnotherFolder() throws Exception {
        try (Repositories.Demo demo = Repositories.demo(tmp.resolve("a repo"))) {
            Path out = tmp.resolve("the out");
            Files.createDirectories(tmp.resolve("work dir"));

            Run run = run(launcher, tmp.resolve("work dir"), Map.of(), "provenance", "--repo",
                    demo.dir().toString(), "--out", out.toString());

            assertThat(run.exitCode()).as(run.out()).isZero();
            assertThat(run.out()).contains("AI provenance: 3 commits (1 AI-generated, 1 AI-assisted")
                    .doesNotContain("warning").doesNotContain("SLF4J");
            assertThat(out.resolve("ai-provenance.json")).isRegularFile();
            assertThat(out.resolve("ai-provenance.intoto.jsonl")).isRegularFile();
            assertThat(out.resolve("report.html")).isRegularFile();
        }
    }

    @Test
    void shouldUseTheClassDataArchiveTheBuildMadeForTheJar() throws Exception {
        assumeTrue(Files.exists(launcher.resolveSibling("aigov.jsa")), "the archive target/aigov.jsa");

        // -Xshare:on: the JVM stops instead of running without the archive when it does not fit the jar
        Run run = run(launcher, tmp, Map.of("JAVA_OPTS", "-Xshare:on"), "--version");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).startsWith("aigov " + System.getProperty("aigov.version"));
    }

    @Test
    void shouldFindItsJarThroughASymbolicLinkAndSpacesInPaths() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("tools dir/aigov home"));
        Path script = Files.copy(launcher, home.resolve("aigov"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(launcher.resolveSibling("aigov.jar"), home.resolve("aigov.jar"));
        if (Files.exists(launcher.resolveSibling("aigov.jsa"))) {
            // made for the jar in target/: the JVM ignores it here, and must say nothing about it
            Files.copy(launcher.resolveSibling("aigov.jsa"), home.resolve("aigov.jsa"));
        }
        Path link = Files.createSymbolicLink(Files.createDirectories(tmp.resolve("bin dir")).resolve("aigov"),
                script);

        Run run = run(link, tmp, Map.of("JAVA_OPTS", "-XshowSettings:vm"), "--version");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("aigov " + System.getProperty("aigov.version"))
                .contains("VM settings:").doesNotContain("warning");
    }

    @Test
    void shouldPassTheExitCodeOn() throws Exception {
        Run run = run(launcher, tmp, Map.of(), "provenance", "--repo", tmp.toString(), "--out",
                tmp.resolve("out").toString());

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).contains("aigov: error:");
    }
}
