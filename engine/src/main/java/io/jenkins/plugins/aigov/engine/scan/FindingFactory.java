package io.jenkins.plugins.aigov.engine.scan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.jenkins.plugins.aigov.engine.model.Finding;

/**
 * Turns one file's hits into findings: redacts every secret found in the file from snippets, messages and
 * evidence, and computes fingerprints that survive line moves.
 */
final class FindingFactory {
    private static final int SNIPPET_MAX = 200;
    private static final int FINGERPRINT_HEX = 32;

    private FindingFactory() {
    }

    static List<Finding> create(final String path, final SourceText text, final List<Hit> hits) {
        List<String> secrets = new ArrayList<>();
        for (Hit hit : hits) {
            if (hit.secret() != null && !hit.secret().isEmpty()) {
                secrets.add(hit.secret());
            }
        }
        Map<String, Integer> occurrences = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (Hit hit : hits) {
            Rule rule = hit.rule();
            String line = hit.line() > 0 ? Redactor.redactAll(text.line(hit.line()), secrets) : null;
            String normalised = line == null ? "" : line.strip().replaceAll("\\s+", " ");
            String key = rule.id() + '\n' + normalised;
            int occurrence = occurrences.merge(key, 1, Integer::sum);
            String fingerprint = Redactor.sha256(rule.id() + '\n' + path + '\n' + normalised + '\n' + occurrence)
                    .substring(0, FINGERPRINT_HEX);
            String message = rule.message() + (hit.detail() == null ? "" : " (" + hit.detail() + ")");
            findings.add(new Finding(rule.gate(), rule.id(), rule.severity(), rule.cwe(), path, hit.line(),
                    Redactor.redactAll(message, secrets), rule.fix(), snippet(line), fingerprint, null, null,
                    null, evidence(rule, hit, secrets)));
        }
        return findings;
    }

    private static String snippet(final String line) {
        if (line == null) {
            return null;
        }
        String trimmed = line.strip();
        return trimmed.length() <= SNIPPET_MAX ? trimmed : trimmed.substring(0, SNIPPET_MAX) + "…";
    }

    private static Map<String, String> evidence(final Rule rule, final Hit hit, final Collection<String> secrets) {
        Map<String, String> evidence = new TreeMap<>();
        evidence.put("title", rule.title());
        evidence.put("family", rule.family());
        evidence.put("kind", rule.kind().id());
        if (hit.secret() != null) {
            evidence.put("secret", Redactor.redact(hit.secret()));
        }
        if (hit.detail() != null) {
            evidence.put("detail", Redactor.redactAll(hit.detail(), secrets));
        }
        return evidence;
    }
}
