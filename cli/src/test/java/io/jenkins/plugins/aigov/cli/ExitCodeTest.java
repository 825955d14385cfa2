package io.jenkins.plugins.aigov.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exit codes of {@code aigov provenance} for each kind of failure, and the messages that go with them.
 */
class ExitCodeTest {
    @TempDir
    Path tmp;

    private CliRun provenance(final Path repo, final String... extra) {
        String[] args = new String[4 + extra.length];
        args[0] = "provenance";
        args[1] = "--repo=" + repo;
        args[2] = "--out";
        args[3] = tmp.resolve("out").toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        return CliRun.of(args);
    }

    @Test
    void shouldExitWithUsageErrorWhenTheFolderIsNoGitRepository() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));

        CliRun run = provenance(plain);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("aigov: error: ").contains("not a git repository");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void shouldExitWithUsageErrorWhenTheRepositoryFolderDoesNotExist() {
        CliRun run = provenance(tmp.resolve("missing"));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("missing");
    }

    @Test
    void shouldExitWithUsageErrorForAnUnknownRevision() {
        try (Repositories.Demo demo = Repositories.demo(tmp.resolve("repo"))) {
            CliRun run = provenance(demo.dir(), "--base", "no-such-branch");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("unknown revision 'no-such-branch'");
        }
    }

    @Test
    void shouldExitWithUsageErrorForAnUnknownHead() {
        try (Repositories.Demo demo = Repositories.demo(tmp.resolve("repo"))) {
            CliRun run = provenance(demo.dir(), "--head", "v9.9.9");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("v9.9.9");
        }
    }

    @Test
    void shouldExitWithUsageErrorWhenRepoIsMissing() {
        CliRun run = CliRun.of("provenance", "--out", tmp.resolve("out").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Missing required option").contains("--repo");
    }

    @Test
    void shouldExitWithUsageErrorForAnUnknownOptionOrFormat() {
        try (Repositories.Demo demo = Repositories.demo(tmp.resolve("repo"))) {
            assertThat(provenance(demo.dir(), "--colour").exitCode()).isEqualTo(ExitCodes.USAGE);
            CliRun format = provenance(demo.dir(), "--format", "json,pdf");
            assertThat(format.exitCode()).as(format.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(format.err()).contains("pdf");
            CliRun cap = provenance(demo.dir(), "--max-commits", "0");
            assertThat(cap.exitCode()).as(cap.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(cap.err()).contains("--max-commits must be at least 1");
        }
    }

    @Test
    void shouldExitWithUsageErrorNamingFileAndLineOfABadMarkerRule() throws Exception {
        try (Repositories.Demo demo = Repositories.demo(tmp.resolve("repo"))) {
            Path markers = tmp.resolve("markers.txt");
            Files.writeString(markers, "# rules\nmessage (unclosed AI_GENERATED\n");

            CliRun run = provenance(demo.dir(), "--markers", markers.toString());

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains(markers + ":2:").contains("(unclosed");
            assertThat(tmp.resolve("out")).doesNotExist();
        }
    }

    @Test
    void shouldExitWithUsageErrorWhenTheMarkerFileIsMissing() {
        try (Repositories.Demo demo = Repositories.demo(tmp.resolve("repo"))) {
            Path markers = tmp.resolve("no-markers.txt");

            CliRun run = provenance(demo.dir(), "--markers", markers.toString());

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains(markers.toString()).contains("no such file");
        }
    }

    @Test
    void shouldExitWithFailureWhenTheOutputFolderCannotBeWritten() throws Exception {
        try (Repositories.Demo demo = Repositories.demo(tmp.resolve("repo"))) {
            Path blocker = Files.writeString(tmp.resolve("a-file"), "not a folder");
            Path out = blocker.resolve("report");

            CliRun run = CliRun.of("provenance", "--repo", demo.dir().toString(), "--out", out.toString());

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILURE);
            assertThat(run.err()).startsWith("aigov: error: cannot write the reports into " + out);
        }
    }
}
