package io.jenkins.plugins.aigov.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code aigov}: the top-level command. It only holds the subcommands; without one it prints its usage and
 * exits with {@link ExitCodes#USAGE}.
 */
@Command(name = "aigov",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "AI Code Governance: who or what wrote each commit of a git range (AI provenance).",
        subcommands = {ProvenanceSubcommand.class, GatesSubcommand.class, BomSubcommand.class,
            VerifySubcommand.class},
        usageHelpAutoWidth = true)
public final class AigovCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    /** A command line with the project's exit codes and option conventions, ready to {@code execute}. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new AigovCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        conventions(commandLine.getCommandSpec());
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            conventions(sub.getCommandSpec());
        }
        return commandLine;
    }

    private static void conventions(final CommandSpec command) {
        command.exitCodeOnInvalidInput(ExitCodes.USAGE);
        command.exitCodeOnExecutionException(ExitCodes.FAILURE);
        command.usageMessage().footer(ExitCodes.helpFooter());
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "aigov: a command is required, e.g. aigov provenance --repo . --out report");
    }

    /** Turns an unexpected exception into one line on stderr and {@link ExitCodes#FAILURE}. */
    private static final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(final Exception ex, final CommandLine commandLine,
                final CommandLine.ParseResult parseResult) {
            commandLine.getErr().println("aigov: error: " + ex);
            ex.printStackTrace(commandLine.getErr());
            return ExitCodes.FAILURE;
        }
    }
}
