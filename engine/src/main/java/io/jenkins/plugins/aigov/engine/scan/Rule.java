package io.jenkins.plugins.aigov.engine.scan;

import java.util.List;
import java.util.Set;

import com.google.re2j.Pattern;

import io.jenkins.plugins.aigov.engine.model.Severity;

/**
 * One rule, loaded from data (see {@code docs/rules.md}). Immutable.
 *
 * @param id             stable kebab-case id
 * @param family         the rule file it came from ({@code secrets}, {@code cors} …) or {@code admin}
 * @param kind           how it judges a file
 * @param title          a short name
 * @param severity       default severity (admins may re-rate)
 * @param cwe            {@code CWE-n}
 * @param gate           {@code security-patterns} or {@code config-risk}
 * @param languages      language ids it applies to (empty with empty globs: every text file)
 * @param globs          path globs it applies to
 * @param keywords       lower-case literals; a line (file for non-regex kinds) without one is never matched
 * @param pattern        the line pattern, or {@code null} for kinds that need none
 * @param requires       a pattern that must occur within {@code requiresWithin} lines, or {@code null}
 * @param requiresWithin how many lines before or after the match {@code requires} may be
 * @param unless         a pattern that must NOT occur within {@code unlessWithin} lines, or {@code null}
 * @param unlessWithin   how many lines before or after the match {@code unless} is looked for
 * @param excludePattern a line that matches this is never flagged, or {@code null}
 * @param entropyMin     minimum Shannon entropy (bits per char) of the {@code secret} group, 0 for none
 * @param notInTestPaths whether test paths are skipped
 * @param message        a sentence for people
 * @param fix            what to do
 * @param truePositives  samples it must flag
 * @param falsePositives samples it must not flag
 */
public record Rule(String id, String family, RuleKind kind, String title, Severity severity, String cwe, String gate,
        Set<String> languages, List<Glob> globs, List<String> keywords, Pattern pattern, Pattern requires,
        int requiresWithin, Pattern unless, int unlessWithin, Pattern excludePattern, double entropyMin,
        boolean notInTestPaths, String message,
        String fix, List<Sample> truePositives, List<Sample> falsePositives) {
    /** The gate of secret, injection, crypto … rules. */
    public static final String SECURITY_PATTERNS = "security-patterns";
    /** The gate of Dockerfile, Kubernetes, CI, Terraform and Jenkinsfile rules. */
    public static final String CONFIG_RISK = "config-risk";
    /** The capture group that holds a secret: redacted and checked against {@code entropyMin}. */
    public static final String SECRET_GROUP = "secret";

    /** Canonical constructor: copies the collections. */
    public Rule {
        languages = Set.copyOf(languages);
        globs = List.copyOf(globs);
        keywords = List.copyOf(keywords);
        truePositives = List.copyOf(truePositives);
        falsePositives = List.copyOf(falsePositives);
    }

    /** Whether the pattern captures a secret that must be redacted. */
    public boolean capturesSecret() {
        return pattern != null && pattern.toString().contains("(?P<" + SECRET_GROUP + ">");
    }

    /** This rule with another severity. */
    public Rule withSeverity(final Severity value) {
        return new Rule(id, family, kind, title, value, cwe, gate, languages, globs, keywords, pattern, requires,
                requiresWithin, unless, unlessWithin, excludePattern, entropyMin, notInTestPaths, message, fix,
                truePositives,
                falsePositives);
    }

    /** Whether the rule applies to a file of this path (language, globs, test paths). */
    public boolean appliesTo(final String path, final String language) {
        if (notInTestPaths && Paths.isTestPath(path)) {
            return false;
        }
        if (languages.isEmpty() && globs.isEmpty()) {
            return true;
        }
        if (language != null && languages.contains(language)) {
            return true;
        }
        for (Glob glob : globs) {
            if (glob.matches(path)) {
                return true;
            }
        }
        return false;
    }
}
