package io.jenkins.plugins.aigov.cli;

/**
 * The exit codes of {@code aigov}, one place for all commands. They are part of the CLI contract: scripts and
 * other CI systems branch on them, so a value never changes meaning. Documented in the README, in
 * {@code docs/cli.md} and in the footer of {@code aigov --help}.
 */
public final class ExitCodes {
    /** Success; for {@code gates}: PASS. */
    public static final int OK = 0;
    /** A bad option, not a git repository, an unknown revision, an unreadable or invalid input file. */
    public static final int USAGE = 2;
    /** The command could not run to the end: I/O error, unwritable output folder, internal error. */
    public static final int FAILURE = 3;
    /** Reserved for {@code gates}: the policy outcome is UNSTABLE. */
    public static final int UNSTABLE = 10;
    /** Reserved for {@code gates}: the policy outcome needs a person's approval. */
    public static final int APPROVAL = 11;
    /** Reserved for {@code gates}: the policy outcome is FAIL. */
    public static final int FAIL = 12;
    /** Reserved for {@code gates}: a registry or scanner could not be reached and the policy fails closed. */
    public static final int OUTAGE = 13;

    private ExitCodes() {
    }

    /** The table printed under {@code aigov --help}, one line per code. */
    static String[] helpFooter() {
        return new String[] {
            "",
            "Exit codes:",
            String.format("  %-3d success (gates: PASS)", OK),
            String.format("  %-3d usage error: bad option, not a git repository, unknown revision, bad file", USAGE),
            String.format("  %-3d failure to run: I/O error, unwritable output folder", FAILURE),
            String.format("  %-3d gates: UNSTABLE (reserved)", UNSTABLE),
            String.format("  %-3d gates: APPROVAL needed (reserved)", APPROVAL),
            String.format("  %-3d gates: FAIL (reserved)", FAIL),
            String.format("  %-3d gates: registry or scanner outage (reserved)", OUTAGE),
        };
    }
}
