package io.jenkins.plugins.aigov.cli;

/**
 * The entry point of {@code java -jar aigov.jar}.
 */
public final class Main {
    private Main() {
    }

    /** Runs {@code aigov} and exits with its exit code (see {@link ExitCodes}). */
    public static void main(final String[] args) {
        System.exit(AigovCommand.commandLine().execute(args));
    }
}
