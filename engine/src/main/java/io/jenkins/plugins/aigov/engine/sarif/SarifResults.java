package io.jenkins.plugins.aigov.engine.sarif;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Finding.Suppression;

/**
 * The {@code results} of the written log, in a stable order (file, line, rule, fingerprint, message). A finding
 * with a file gets a physical location (a region only when it has a line); a finding about a package or the whole
 * range gets a logical location too (or only).
 */
final class SarifResults {
    /** The base id of repository-relative URIs. */
    static final String SRCROOT = "SRCROOT";
    /** The key of our fingerprint in {@code partialFingerprints}. */
    static final String FINGERPRINT_KEY = "aigov/v1";
    static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.file() == null ? "" : f.file())
            .thenComparingInt(Finding::line)
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.fingerprint() == null ? "" : f.fingerprint())
            .thenComparing(Finding::message)
            .thenComparing(Finding::gateId);

    private SarifResults() {
    }

    static ArrayNode toJson(final List<Finding> sorted, final SarifRules rules) {
        ArrayNode results = SarifJson.MAPPER.createArrayNode();
        for (Finding finding : sorted) {
            ObjectNode result = results.addObject();
            result.put("ruleId", finding.ruleId());
            result.put("ruleIndex", rules.index(finding.ruleId()));
            result.put("level", SarifLevels.level(finding.severity()));
            result.putObject("message").put("text", finding.message());
            location(finding, result);
            if (finding.fingerprint() != null) {
                result.putObject("partialFingerprints").put(FINGERPRINT_KEY, finding.fingerprint());
            }
            Suppression suppression = finding.suppression();
            if (suppression != null && suppression.effective()) {
                suppressions(suppression, result.putArray("suppressions"));
            }
            properties(finding, result.putObject("properties"));
        }
        return results;
    }

    private static void location(final Finding finding, final ObjectNode result) {
        String logicalName = logicalName(finding);
        if (finding.file() == null && logicalName == null) {
            return;
        }
        ObjectNode location = result.putArray("locations").addObject();
        if (finding.file() != null) {
            ObjectNode physical = location.putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            if (isUri(finding.file())) {
                artifact.put("uri", finding.file());
            }
            else {
                artifact.put("uri", SarifUris.encode(finding.file())).put("uriBaseId", SRCROOT);
            }
            if (finding.line() >= 1) {
                ObjectNode region = physical.putObject("region").put("startLine", finding.line());
                if (finding.snippet() != null) {
                    region.putObject("snippet").put("text", finding.snippet());
                }
            }
        }
        if (logicalName != null) {
            location.putArray("logicalLocations").addObject().put("name", logicalName)
                    .put("kind", finding.evidence().containsKey("package") ? "package" : "module");
        }
    }

    /** The package of a dependency finding, or "the change range" for a finding tied to no file. */
    private static String logicalName(final Finding finding) {
        String pkg = finding.evidence().get("package");
        if (pkg != null && !pkg.isBlank()) {
            return pkg;
        }
        String commit = finding.evidence().get("commit");
        if (finding.file() == null) {
            return commit != null && !commit.isBlank() ? commit : "change range";
        }
        return null;
    }

    private static boolean isUri(final String file) {
        if (!file.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*")) {
            return false;
        }
        try {
            return new URI(file).isAbsolute();
        }
        catch (URISyntaxException e) {
            return false;
        }
    }

    private static void suppressions(final Suppression suppression, final ArrayNode target) {
        ObjectNode node = target.addObject();
        String source = suppression.source() == null ? "" : suppression.source();
        node.put("kind", "inline".equals(source) || source.endsWith("inSource") ? "inSource" : "external");
        node.put("status", "accepted");
        if (suppression.reason() != null) {
            node.put("justification", suppression.reason());
        }
        ObjectNode properties = node.putObject("properties");
        properties.put("source", source);
        putIfSet(properties, "owner", suppression.owner());
        putIfSet(properties, "expires", suppression.expires());
    }

    private static void properties(final Finding finding, final ObjectNode properties) {
        properties.put("gate", finding.gateId());
        properties.put("severity", finding.severity().id());
        if (finding.aiWritten() != null) {
            properties.put("aiWritten", finding.aiWritten());
        }
        if (finding.newInRange() != null) {
            properties.put("newInRange", finding.newInRange());
        }
        putIfSet(properties, "cwe", finding.cwe());
        putIfSet(properties, "fixHint", finding.fixHint());
        Suppression suppression = finding.suppression();
        if (suppression != null && !suppression.effective()) {
            properties.put("suppressionSource", suppression.source());
            putIfSet(properties, "suppressionProblem", suppression.problem());
        }
    }

    private static void putIfSet(final ObjectNode node, final String key, final String value) {
        if (value != null) {
            node.put(key, value);
        }
    }
}
