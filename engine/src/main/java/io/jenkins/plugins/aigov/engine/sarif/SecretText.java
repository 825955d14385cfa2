package io.jenkins.plugins.aigov.engine.sarif;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.scan.Redactor;
import io.jenkins.plugins.aigov.engine.scan.Rule;
import io.jenkins.plugins.aigov.engine.scan.RuleException;
import io.jenkins.plugins.aigov.engine.scan.RuleSet;
import io.jenkins.plugins.aigov.engine.scan.ScanOptions;
import io.jenkins.plugins.aigov.engine.scan.Scanner;
import io.jenkins.plugins.aigov.engine.scan.SuppressionFile;

/**
 * Keeps secrets out of imported findings. A secret scanner's result (gitleaks and friends, or any rule about
 * secrets, credentials or CWE-798-like weaknesses) carries the secret in its snippet: the whole snippet is redacted
 * and every copy of it in the message too. Every other text is run through the engine's own secret rules, and a
 * line in which one fires is replaced by its redacted form.
 */
final class SecretText {
    private static final Set<String> SECRET_CWES = Set.of("CWE-798", "CWE-259", "CWE-321", "CWE-522", "CWE-256",
            "CWE-312", "CWE-540", "CWE-615");
    private static final List<String> SECRET_WORDS = List.of("secret", "credential", "password", "passwd",
            "api-key", "apikey", "api_key", "private-key", "private_key", "token", "leak");

    private SecretText() {
    }

    /** Built on first use: the shipped secret rules only. */
    private static final class Holder {
        static final Scanner SECRETS = build();

        private static Scanner build() {
            RuleSet all = RuleSet.builtIn();
            List<String> others = all.rules().stream().filter(rule -> !"secrets".equals(rule.family()))
                    .map(Rule::id).toList();
            try {
                return new Scanner(all.withOverrides(others, Map.of(), null),
                        ScanOptions.defaults().withThreads(1).withSuppressions(SuppressionFile.empty()));
            }
            catch (RuleException e) {
                throw new IllegalStateException("the shipped secret rules cannot be selected", e);
            }
        }
    }

    /** Whether a result reports a secret, so that its snippet is the secret (or holds it). */
    static boolean isSecretResult(final String tool, final String ruleId, final String cwe, final String tags) {
        if (ToolNames.isSecretScanner(tool) || cwe != null && SECRET_CWES.contains(cwe)) {
            return true;
        }
        String text = (ruleId + " " + tags).toLowerCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(text::contains);
    }

    /** A secret result's snippet: redacted whole. */
    static String redactWhole(final String snippet) {
        if (snippet == null || snippet.isBlank()) {
            return snippet == null ? null : "";
        }
        return Redactor.redact(snippet.strip());
    }

    /** {@code text} without the known secrets, and without anything the shipped secret rules find in it. */
    static String redact(final String text, final List<String> known) {
        if (text == null) {
            return null;
        }
        String clean = Redactor.redactAll(text, known);
        List<Finding> hits = Holder.SECRETS.scan("sarif-result.txt", clean);
        if (hits.isEmpty()) {
            return clean;
        }
        List<String> lines = new ArrayList<>(List.of(clean.split("\n", -1)));
        for (Finding hit : hits) {
            if (hit.line() >= 1 && hit.line() <= lines.size() && hit.snippet() != null) {
                lines.set(hit.line() - 1, hit.snippet());
            }
        }
        return String.join("\n", lines);
    }

    /** The strings to treat as secrets: the raw snippet of a secret result, as written and stripped. */
    static List<String> known(final String rawSnippet, final boolean secretResult) {
        if (!secretResult || rawSnippet == null || rawSnippet.isBlank()) {
            return List.of();
        }
        List<String> known = new ArrayList<>();
        known.add(rawSnippet);
        known.add(rawSnippet.strip());
        for (String line : rawSnippet.split("\n")) {
            if (line.strip().length() >= 8) {
                known.add(line.strip());
            }
        }
        return known;
    }
}
