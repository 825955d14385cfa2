package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;


import io.jenkins.plugins.aigov.engine.dependencies.registry.LookupCache.Cached;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageFacts.State;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageFacts.VersionFacts;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageFacts.VersionProbe;

/**
 * Go module proxy protocol: {@code <base>/<escaped module>/@v/list} (tagged versions, one per line; 404 or 410 for
 * an unknown module), {@code /@v/<version>.info} ({@code {"Version", "Time"}}) and {@code /@latest} when no version
 * is tagged. Upper-case letters in paths are escaped as {@code !} + lower case. A look-up costs the list, the
 * {@code .info} of the oldest tagged version (first publication) and the {@code .info} of the asked version: at most
 * three requests per module and version.
 */
final class GoProxyClient implements EcosystemClient {
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]*(/[A-Za-z0-9._~-]+)*");
    private static final Pattern VERSION = Pattern.compile("v[0-9A-Za-z.+-]{1,120}");

    @Override
    public String checkName(final String name) {
        if (name.length() > 500 || !PATH.matcher(name).matches() || name.contains("/../")
                || name.endsWith("/..") || name.contains("/./")) {
            return "not a valid Go module path";
        }
        return null;
    }

    @Override
    public RegistryAnswer lookup(final RegistryConfig registry, final PackageQuery query, final Context context)
            throws RegistryUnavailableException {
        String module = GoVersions.escape(query.name());
        Cached<PackageFacts> facts = context.cache().get("go|" + registry.baseUrl() + "|" + query.name(),
                PackageFacts.class, () -> load(registry, module, context));
        if (query.version() == null || facts.value().state() != State.FOUND) {
            return RegistryAnswer.of(registry, facts, query.version(), null, null);
        }
        String version = query.version().startsWith("v") ? query.version() : "v" + query.version();
        if (!VERSION.matcher(version).matches()) {
            return RegistryAnswer.of(registry, facts, version, null, null);
        }
        boolean listed = facts.value().versions().containsKey(version);
        Cached<VersionProbe> probe;
        try {
            probe = info(registry, module, version, context);
        }
        catch (RegistryUnavailableException e) {
            if (!listed) {
                throw e;
            }
            probe = null;  // listed, so it exists; only its date stays unknown
        }
        return RegistryAnswer.of(registry, facts, version, listed ? version : null, probe);
    }

    private PackageFacts load(final RegistryConfig registry, final String module, final Context context)
            throws RegistryUnavailableException {
        var list = context.fetcher().get(registry, registry.resolve("/" + module + "/@v/list"), "text/plain",
                GoProxyClient::lines, context.deadline());
        Instant now = context.clock().instant();
        String url = list.uri().toString();
        if (!list.found()) {
            return PackageFacts.missing(url, list.status(), now);
        }
        if (list.body().isEmpty()) {
            var latest = context.fetcher().get(registry, registry.resolve("/" + module + "/@latest"),
                    "application/json", RegistryJson::readObject, context.deadline());
            if (!latest.found()) {
                return PackageFacts.missing(latest.uri().toString(), latest.status(), now);
            }
            String version = RegistryJson.text(latest.body(), "Version");
            Instant time = RegistryJson.instant(RegistryJson.text(latest.body(), "Time"));
            Map<String, VersionFacts> versions = version == null ? Map.of()
                    : Map.of(version, new VersionFacts(time, null));
            return new PackageFacts(State.FOUND, latest.uri().toString(), 200, now, time, version, versions, true,
                    "no tagged versions; the latest is a pseudo-version");
        }
        List<String> sorted = new ArrayList<>(list.body());
        sorted.sort(GoVersions.ORDER);
        Map<String, VersionFacts> versions = new LinkedHashMap<>();
        sorted.forEach(v -> versions.put(v, new VersionFacts(null, null)));
        String latest = sorted.stream().filter(v -> !GoVersions.isPrerelease(v)).reduce((a, b) -> b)
                .orElse(sorted.get(sorted.size() - 1));
        Instant created = null;
        String note = null;
        try {
            created = info(registry, module, sorted.get(0), context).value().published();
        }
        catch (RegistryUnavailableException e) {
            note = "first publication unknown: " + e.getMessage();
        }
        return new PackageFacts(State.FOUND, url, 200, now, created, latest, versions, false, note);
    }

    private static Cached<VersionProbe> info(final RegistryConfig registry, final String module,
            final String version, final Context context) throws RegistryUnavailableException {
        String escaped = GoVersions.escape(version);
        return context.cache().get("go|" + registry.baseUrl() + "|" + module + "|" + version, VersionProbe.class,
                () -> {
                    var response = context.fetcher().get(registry,
                            registry.resolve("/" + module + "/@v/" + escaped + ".info"), "application/json",
                            RegistryJson::readObject, context.deadline());
                    Instant time = response.found()
                            ? RegistryJson.instant(RegistryJson.text(response.body(), "Time")) : null;
                    return new VersionProbe(response.found(), time, response.uri().toString(), response.status(),
                            context.clock().instant());
                });
    }

    static List<String> lines(final InputStream in) throws IOException {
        List<String> versions = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String version = line.strip();
                if (version.isEmpty()) {
                    continue;
                }
                if (!VERSION.matcher(version).matches()) {
                    throw new InvalidBodyException("not a version in @v/list: "
                            + version.substring(0, Math.min(80, version.length())));
                }
                versions.add(version);
            }
        }
        return versions;
    }
}
