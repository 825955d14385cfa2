package io.jenkins.plugins.aigov.engine.provenance;

/**
 * Input in a provenance format (marker rules, git-ai note, rule file) that cannot be read.
 * The message reads {@code where:line: message}, so a person can find the offending line.
 */
public class ProvenanceFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String where;
    private final int line;

    /**
     * Creates the exception.
     *
     * @param where   the file, note or configuration field
     * @param line    1-based line number, or 0 when no line applies
     * @param message what is wrong, naming the offending value
     */
    public ProvenanceFormatException(final String where, final int line, final String message) {
        super(where + ":" + line + ": " + message);
        this.where = where;
        this.line = line;
    }

    /** The file, note or configuration field. */
    public String where() {
        return where;
    }

    /** The 1-based line number, or 0. */
    public int line() {
        return line;
    }
}
