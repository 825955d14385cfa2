package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.aigov.engine.dependencies.registry.LookupCache.Cached;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageFacts.State;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageFacts.VersionFacts;

/**
 * crates.io API: {@code <base>/api/v1/crates/<name>} answers {@code crate} (with {@code created_at} and the
 * newest versions) and {@code versions} (each with {@code num}, {@code created_at} and {@code yanked}). A yanked
 * version counts as deprecated. One request per name.
 */
final class CratesClient implements EcosystemClient {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    @Override
    public String checkName(final String name) {
        return NAME.matcher(name).matches() ? null : "not a valid crate name";
    }

    @Override
    public RegistryAnswer lookup(final RegistryConfig registry, final PackageQuery query, final Context context)
            throws RegistryUnavailableException {
        Cached<PackageFacts> facts = context.cache().get("cargo|" + registry.baseUrl() + "|" + query.name(),
                PackageFacts.class, () -> {
                    var response = context.fetcher().get(registry,
                            registry.resolve("/api/v1/crates/" + query.name()), "application/json",
                            RegistryJson::readObject, context.deadline());
                    Instant now = context.clock().instant();
                    if (!response.found()) {
                        return PackageFacts.missing(response.uri().toString(), response.status(), now);
                    }
                    try {
                        return toFacts(response.body(), response.uri().toString(), now);
                    }
                    catch (InvalidBodyException e) {
                        throw new RegistryUnavailableException("invalid response body: " + e.getMessage(),
                                response.uri().toString(), response.status());
                    }
                });
        String version = query.version();
        boolean known = version != null && facts.value().versions().containsKey(version);
        return RegistryAnswer.of(registry, facts, version, known ? version : null, null);
    }

    static PackageFacts toFacts(final JsonNode root, final String url, final Instant now)
            throws InvalidBodyException {
        JsonNode crate = root.path("crate");
        if (!crate.isObject() || !root.path("versions").isArray()) {
            throw new InvalidBodyException("crates.io answer without 'crate' and 'versions'");
        }
        Map<String, VersionFacts> versions = new LinkedHashMap<>();
        for (JsonNode version : root.path("versions")) {
            String num = RegistryJson.text(version, "num");
            if (num != null) {
                String yanked = version.path("yanked").asBoolean(false) ? "yanked" : null;
                versions.put(num, new VersionFacts(RegistryJson.instant(RegistryJson.text(version, "created_at")),
                        yanked));
            }
        }
        String latest = firstOf(crate, "max_stable_version", "newest_version", "max_version");
        Instant created = RegistryJson.instant(RegistryJson.text(crate, "created_at"));
        return new PackageFacts(State.FOUND, url, 200, now, created, latest, versions, true, null);
    }

    private static String firstOf(final JsonNode node, final String... fields) {
        for (String field : fields) {
            String value = RegistryJson.text(node, field);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
