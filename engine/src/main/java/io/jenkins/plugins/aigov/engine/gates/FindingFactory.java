package io.jenkins.plugins.aigov.engine.gates;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.jenkins.plugins.aigov.engine.dependencies.Dependency;
import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;
import io.jenkins.plugins.aigov.engine.dependencies.registry.LookupEvidence;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageLookup;
import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Severity;

/**
 * Builds the findings of the dependency gates with their evidence: what was declared, what each registry was asked
 * and answered, and the dates. Severities go through the policy's re-rating; a disabled rule or gate gives none.
 */
final class FindingFactory {
    private final GatePolicy policy;

    FindingFactory(final GatePolicy policy) {
        this.policy = policy;
    }

    /** Whether a rule (or its whole gate) is switched off. */
    boolean disabled(final String gateId, final String ruleId) {
        return policy.isDisabled(gateId) || policy.isDisabled(ruleId);
    }

    /** A finding about a declared dependency; {@code lookup} may be {@code null}. */
    Finding dependency(final String gateId, final String ruleId, final Severity severity, final Dependency dependency,
            final String change, final PackageLookup lookup, final String message, final String fixHint,
            final Map<String, String> extra) {
        Map<String, String> evidence = new TreeMap<>(extra);
        evidence.put("ecosystem", id(dependency.ecosystem()));
        evidence.put("package", dependency.name());
        put(evidence, "declaredVersion", dependency.version());
        put(evidence, "scope", dependency.scope());
        evidence.put("kind", dependency.kind().name());
        evidence.put("change", change);
        registry(evidence, lookup);
        String fingerprint = fingerprint(ruleId, dependency.manifest(), id(dependency.ecosystem()),
                dependency.normalisedName(), ruleId.equals(GateIds.VERSION_MISSING) || ruleId.equals(GateIds.NEW_VERSION)
                        ? String.valueOf(dependency.version()) : "");
        return new Finding(gateId, ruleId, policy.severityOf(ruleId, severity), null, dependency.manifest(),
                dependency.line(), message, fixHint, null, fingerprint, null, null, null, evidence);
    }

    /** A finding about an import in a source file. */
    Finding sourceImport(final String ruleId, final Severity severity, final String path, final int line,
            final Ecosystem ecosystem, final String packageName, final PackageLookup lookup, final String message,
            final String fixHint, final Map<String, String> extra) {
        Map<String, String> evidence = new TreeMap<>(extra);
        evidence.put("ecosystem", id(ecosystem));
        evidence.put("package", packageName);
        registry(evidence, lookup);
        return new Finding(GateIds.DEPENDENCY_EXISTENCE, ruleId, policy.severityOf(ruleId, severity), null, path,
                line, message, fixHint, null, fingerprint(ruleId, path, id(ecosystem), packageName, ""), null, null,
                null, evidence);
    }

    /** The ecosystem's id in files: {@code npm}, {@code pypi}, {@code maven}, {@code go}, {@code cargo}. */
    static String id(final Ecosystem ecosystem) {
        return ecosystem == Ecosystem.GO ? "go" : ecosystem.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The registry facts and one group of keys per registry asked ({@code registry.1.url} …). */
    private static void registry(final Map<String, String> evidence, final PackageLookup lookup) {
        if (lookup == null) {
            return;
        }
        evidence.put("outcome", lookup.outcome().name());
        put(evidence, "queriedVersion", lookup.query().version());
        put(evidence, "registry", lookup.registry());
        put(evidence, "reason", lookup.reason().isEmpty() ? null : lookup.reason());
        put(evidence, "packageCreated", text(lookup.packageCreated()));
        put(evidence, "versionPublished", text(lookup.versionPublished()));
        put(evidence, "latestVersion", lookup.latestVersion());
        List<LookupEvidence> asked = lookup.evidence();
        for (int i = 0; i < asked.size(); i++) {
            LookupEvidence item = asked.get(i);
            String prefix = "registry." + (i + 1) + ".";
            evidence.put(prefix + "name", item.registry());
            evidence.put(prefix + "url", item.url());
            evidence.put(prefix + "status", String.valueOf(item.httpStatus()));
            evidence.put(prefix + "outcome", item.outcome().name());
            put(evidence, prefix + "askedAt", text(item.askedAt()));
            evidence.put(prefix + "fromCache", String.valueOf(item.fromCache()));
            put(evidence, prefix + "detail", item.detail().isEmpty() ? null : item.detail());
        }
    }

    private static String text(final Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static void put(final Map<String, String> evidence, final String key, final String value) {
        if (value != null) {
            evidence.put(key, value);
        }
    }

    private static String fingerprint(final String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
