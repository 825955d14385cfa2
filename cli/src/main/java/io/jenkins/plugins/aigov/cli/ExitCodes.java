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
    /** {@code verify}: the BOM does not match the envelope, or the signature does not match the key. */
    public static final int VERIFY_FAILED = 4;
    /** {@code gates}: the policy outcome is UNSTABLE. */
    public static final int UNSTABLE = 10;
    /** {@code gates}: the policy outcome needs a person's approval. */
    public static final int APPROVAL = 11;
    /** {@code gates}: the policy outcome is FAIL. */
    public static final int FAIL = 12;
    /** {@code gates}: a registry or scanner could not be reached and the policy fails closed. */
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
            String.format("  %-3d verify: the BOM or its signature does not check out", VERIFY_FAILED),
            String.format("  %-3d gates: UNSTABLE", UNSTABLE),
            String.format("  %-3d gates: APPROVAL needed", APPROVAL),
            String.format("  %-3d gates: FAIL", FAIL),
            String.format("  %-3d gates: registry or scanner outage (fail-closed policy)", OUTAGE),
        };
    }
}
