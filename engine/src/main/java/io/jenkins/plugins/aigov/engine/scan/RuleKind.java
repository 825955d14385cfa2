package io.jenkins.plugins.aigov.engine.scan;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a rule judges a file. Most rules are {@link #REGEX}: a line pattern behind a keyword pre-filter. The other
 * kinds are small language-aware checks for what a regular expression cannot judge well.
 */
public enum RuleKind {
    /** A line pattern (RE2J) behind the keyword pre-filter. */
    REGEX,
    /** The pattern must occur somewhere in the file; its absence is the finding (reported at line 1). */
    ABSENT,
    /** Java SQL calls whose statement is built from non-constant strings (JavaParser). */
    JAVA_AST,
    /** Kubernetes containers without {@code resources.limits} (YAML-aware). */
    K8S_LIMITS,
    /** A Jenkinsfile change that removes an {@code aiGates} call (needs the base version). */
    JENKINSFILE_GATES_REMOVED,
    /** A Jenkinsfile change that makes {@code aiGates(failOn: …)} less strict (needs the base version). */
    JENKINSFILE_FAILON_LOWERED,
    /** A Jenkinsfile change that adds {@code stopBuild: false} to an {@code aiGates} call (needs the base). */
    JENKINSFILE_STOPBUILD_DISABLED;

    /** The id used in rule files: {@code regex}, {@code java-ast}, {@code k8s-limits} … */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the kind compares the base version of a file with the head version. */
    public boolean needsBase() {
        return name().startsWith("JENKINSFILE_");
    }

    /** Parses a kind id, naming the valid ones on failure. */
    public static RuleKind parse(final String text) {
        for (RuleKind kind : values()) {
            if (kind.id().equals(text)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + text + "' (expected one of "
                + Arrays.stream(values()).map(RuleKind::id).collect(Collectors.joining(", ")) + ")");
    }
}
