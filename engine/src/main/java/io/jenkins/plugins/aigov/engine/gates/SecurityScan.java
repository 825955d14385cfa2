package io.jenkins.plugins.aigov.engine.gates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.revwalk.RevCommit;

import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Problem;
import io.jenkins.plugins.aigov.engine.scan.RuleException;
import io.jenkins.plugins.aigov.engine.scan.RuleSet;
import io.jenkins.plugins.aigov.engine.scan.ScanOptions;
import io.jenkins.plugins.aigov.engine.scan.ScanResult;
import io.jenkins.plugins.aigov.engine.scan.Scanner;
import io.jenkins.plugins.aigov.engine.scan.SuppressionFile;

/**
 * The {@code security-patterns} and {@code config-risk} gates over git: the files the range changed (every file
 * at head with scope all), each with its base version so rules can judge the change (a Jenkinsfile that drops
 * {@code aiGates}). Suppressions come from {@value #SUPPRESSIONS} at head and inline comments. Files are read in
 * slices, so memory stays flat however large the change.
 */
final class SecurityScan {
    /** The repository's suppressions file. */
    static final String SUPPRESSIONS = ".aigov/suppressions.yml";
    private static final int SLICE = 256;
    private static final int BINARY_PROBE = 8 * 1024;

    private SecurityScan() {
    }

    static List<Finding> run(final GitTrees git, final RevCommit base, final RevCommit head, final boolean whole,
            final GatePolicy policy, final SuppressionFile suppressions, final List<Problem> problems)
            throws IOException {
        Scanner scanner = new Scanner(rules(policy, problems), ScanOptions.defaults().withSuppressions(suppressions));
        List<String> paths = whole || base == null ? git.paths(head, path -> true)
                : git.changedPaths(base, head, path -> true);
        List<Finding> findings = new ArrayList<>();
        for (int from = 0; from < paths.size(); from += SLICE) {
            List<String> slice = paths.subList(from, Math.min(paths.size(), from + SLICE));
            Map<String, byte[]> after = git.read(head, slice, problems);
            Map<String, byte[]> before = whole || base == null ? Map.of() : git.read(base, slice, new ArrayList<>());
            for (Map.Entry<String, byte[]> file : after.entrySet()) {
                if (isBinary(file.getValue())) {
                    continue;
                }
                byte[] old = before.get(file.getKey());
                ScanResult result = scanner.scanChange(file.getKey(), old == null ? null : text(old),
                        text(file.getValue()), null, null);
                findings.addAll(result.findings());
                problems.addAll(result.problems());
            }
        }
        return findings;
    }

    /**
     * The built-in and the admin's extra rules, as the policy disables and re-rates them. Broken extra rules (a
     * policy saved before a check existed) are left out with a problem; the built-in rules still run.
     */
    private static RuleSet rules(final GatePolicy policy, final List<Problem> problems) {
        try {
            return PolicyRules.scanRules(policy);
        }
        catch (RuleException e) {
            problems.add(new Problem("policy", "extra rules ignored: " + e.getMessage()));
        }
        try {
            return PolicyRules.scanRules(policy, null);
        }
        catch (RuleException e) {
            throw new IllegalStateException("the built-in rules cannot be adjusted: " + e.getMessage(), e);
        }
    }

    /** The suppressions file at head, or none; its problems go to {@code problems}. */
    static SuppressionFile suppressions(final GitTrees git, final RevCommit head,
            final List<Problem> problems) throws IOException {
        byte[] content = git.read(head, List.of(SUPPRESSIONS), problems).get(SUPPRESSIONS);
        if (content == null) {
            return SuppressionFile.empty();
        }
        SuppressionFile file = SuppressionFile.parse(SUPPRESSIONS, text(content));
        problems.addAll(file.problems());
        return file;
    }

    private static boolean isBinary(final byte[] content) {
        for (int i = 0; i < Math.min(content.length, BINARY_PROBE); i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String text(final byte[] content) {
        return new String(content, StandardCharsets.UTF_8);
    }
}
