package io.jenkins.plugins.aigov.engine.scan;

import io.jenkins.plugins.aigov.engine.GovernanceException;

/**
 * A rule file or an admin rule that cannot be used. The message names the file (and the line of the rule when it
 * is known), the rule id and the field: {@code FILE[:LINE]: rule 'ID': field 'FIELD': PROBLEM}.
 */
public class RuleException extends GovernanceException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String ruleId;
    private final String field;
    private final String problem;
    private final int line;

    /** A broken rule; {@code message} names the file, the rule id and the field. */
    public RuleException(final String message) {
        this(message, null, 0, null, null, null);
    }

    private RuleException(final String message, final String source, final int line, final String ruleId,
            final String field, final String problem) {
        super(message, true);
        this.source = source;
        this.line = line;
        this.ruleId = ruleId;
        this.field = field;
        this.problem = problem;
    }

    /** Builds the standard message {@code FILE: rule 'ID': field 'FIELD': PROBLEM}. */
    static RuleException of(final String source, final String ruleId, final String field, final String problem) {
        return of(source, 0, ruleId == null ? "?" : ruleId, field, problem);
    }

    private static RuleException of(final String source, final int line, final String ruleId, final String field,
            final String problem) {
        return new RuleException(where(source, line) + ": rule '" + ruleId + "': field '" + field + "': " + problem,
                source, line, ruleId, field, problem);
    }

    /** A text that is not YAML (or JSON) at all, at a 1-based line (0: not known). */
    static RuleException syntax(final String source, final int line, final String problem) {
        return new RuleException(where(source, line) + ": not valid YAML: " + problem, source, line, null, null,
                problem);
    }

    private static String where(final String source, final int line) {
        return line > 0 ? source + ":" + line : source;
    }

    /**
     * This exception with the line of its rule in {@code text} (the line that declares the rule's id), when that
     * can be told; else this exception.
     */
    RuleException locatedIn(final String text) {
        if (ruleId == null || line > 0 || text == null) {
            return this;
        }
        // of two rules with one id, the later one is the duplicate
        int found = RuleLines.lineOf(text, ruleId, problem.startsWith("duplicate id"));
        return found == 0 ? this : of(source, found, ruleId, field, problem);
    }

    /** The id of the broken rule ({@code #n} for the n-th rule when it has no id), or {@code null}. */
    public String ruleId() {
        return ruleId;
    }

    /** The broken field ({@code pattern}, {@code samples.truePositives[0]} …), or {@code null}. */
    public String field() {
        return field;
    }

    /** The 1-based line of the broken rule (or of a syntax error) in its text, or 0 when not known. */
    public int line() {
        return line;
    }
}
