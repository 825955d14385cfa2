package io.jenkins.plugins.aigov.engine.scan;

import java.util.List;

/**
 * The check behind each non-regex {@link RuleKind}.
 */
final class Checks {
    private static final FileCheck ABSENT = (rule, file) -> LineMatcher.anywhere(rule.pattern(), file.head())
            ? List.of() : List.of(new Hit(rule, 0, null, null));
    private static final FileCheck JAVA_AST = new JavaSqlCheck();
    private static final FileCheck K8S_LIMITS = new K8sLimitsCheck();

    private Checks() {
    }

    static FileCheck forKind(final RuleKind kind) {
        return switch (kind) {
            case ABSENT -> ABSENT;
            case JAVA_AST -> JAVA_AST;
            case K8S_LIMITS -> K8S_LIMITS;
            case JENKINSFILE_GATES_REMOVED -> JenkinsfileChecks::gatesRemoved;
            case JENKINSFILE_FAILON_LOWERED -> JenkinsfileChecks::failOnLowered;
            case JENKINSFILE_STOPBUILD_DISABLED -> JenkinsfileChecks::stopBuildDisabled;
            case REGEX -> throw new IllegalArgumentException("regex rules are matched line by line");
        };
    }
}
