package io.jenkins.plugins.aigov.engine.sarif;

import java.util.Locale;
import java.util.Set;

/** Tool names as they appear in rule ids: lower case, runs of other characters turned into one dash. */
final class ToolNames {
    /** Tools whose results are secrets: their snippet is the secret itself and is redacted whole. */
    private static final Set<String> SECRET_SCANNERS = Set.of("gitleaks", "trufflehog", "detect-secrets", "ggshield",
            "secretlint", "talisman", "kingfisher", "noseyparker", "nosey-parker");

    private ToolNames() {
    }

    static String normalise(final String name) {
        if (name == null || name.isBlank()) {
            return "unknown-tool";
        }
        String kebab = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return kebab.isEmpty() ? "unknown-tool" : kebab;
    }

    static boolean isSecretScanner(final String tool) {
        return SECRET_SCANNERS.contains(tool) || tool.startsWith("gitleaks-") || tool.startsWith("trufflehog-");
    }
}
