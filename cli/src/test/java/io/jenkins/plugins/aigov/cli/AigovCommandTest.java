package io.jenkins.plugins.aigov.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The top-level command: version, help and its exit-code table.
 */
class AigovCommandTest {
    @Test
    void shouldPrintTheProjectVersion() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("aigov ").doesNotContain("unknown").doesNotContain("${");
        assertThat(VersionProvider.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void shouldListTheCommandAndEveryExitCodeInTheHelp() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("provenance").contains("Exit codes:");
        for (int code : new int[] {ExitCodes.OK, ExitCodes.USAGE, ExitCodes.FAILURE, ExitCodes.UNSTABLE,
            ExitCodes.APPROVAL, ExitCodes.FAIL, ExitCodes.OUTAGE}) {
            assertThat(run.out()).containsPattern("(?m)^  " + code + " +\\S");
        }
    }

    @Test
    void shouldShowTheExitCodesUnderTheSubcommandHelpToo() {
        CliRun run = CliRun.of("provenance", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("--repo=DIR").contains("--max-commits=N").contains("--markers=FILE")
                .contains("Exit codes:");
    }

    @Test
    void shouldExitWithUsageErrorWithoutACommand() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("a command is required");
    }

    @Test
    void shouldExitWithUsageErrorForAnUnknownCommand() {
        CliRun run = CliRun.of("provenence");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("provenence");
    }
}
