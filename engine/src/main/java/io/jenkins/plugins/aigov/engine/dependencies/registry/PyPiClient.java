package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.aigov.engine.dependencies.registry.LookupCache.Cached;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageFacts.State;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageFacts.VersionFacts;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageFacts.VersionProbe;

/**
 * PyPI JSON API: {@code <base>/pypi/<normalised name>/json} lists every release with its files' upload times
 * ({@code upload_time_iso_8601}) and yank flags; the earliest upload is the first publication. A version not found
 * under its spelling there is asked once more at {@code <base>/pypi/<name>/<version>/json}, which applies PEP 440
 * normalisation on the registry's side.
 */
final class PyPiClient implements EcosystemClient {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?");
    private static final Pattern SEPARATORS = Pattern.compile("[-_.]+");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9._+!-]{1,100}");

    @Override
    public String checkName(final String name) {
        return name.length() <= 200 && NAME.matcher(name).matches() ? null : "not a valid PyPI project name";
    }

    /** PEP 503 normalised name. */
    static String normalise(final String name) {
        return SEPARATORS.matcher(name).replaceAll("-").toLowerCase(Locale.ROOT);
    }

    @Override
    public RegistryAnswer lookup(final RegistryConfig registry, final PackageQuery query, final Context context)
            throws RegistryUnavailableException {
        String name = normalise(query.name());
        Cached<PackageFacts> facts = context.cache().get("pypi|" + registry.baseUrl() + "|" + name,
                PackageFacts.class, () -> {
                    var response = context.fetcher().get(registry, registry.resolve("/pypi/" + name + "/json"),
                            "application/json", RegistryJson::readObject, context.deadline());
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
        if (version == null || facts.value().state() != State.FOUND) {
            return RegistryAnswer.of(registry, facts, version, null, null);
        }
        String matched = match(facts.value().versions(), version);
        if (matched != null) {
            return RegistryAnswer.of(registry, facts, version, matched, null);
        }
        if (!VERSION.matcher(version).matches()) {
            return RegistryAnswer.of(registry, facts, version, null, null);
        }
        Cached<VersionProbe> probe = context.cache().get("pypi|" + registry.baseUrl() + "|" + name + "|" + version,
                VersionProbe.class, () -> {
                    var response = context.fetcher().get(registry,
                            registry.resolve("/pypi/" + name + "/" + version + "/json"), "application/json",
                            RegistryJson::readObject, context.deadline());
                    Instant published = response.found() ? earliest(response.body().path("urls")) : null;
                    return new VersionProbe(response.found(), published, response.uri().toString(),
                            response.status(), context.clock().instant());
                });
        return RegistryAnswer.of(registry, facts, version, null, probe);
    }

    private static String match(final Map<String, VersionFacts> versions, final String version) {
        if (versions.containsKey(version)) {
            return version;
        }
        String wanted = loose(version);
        return versions.keySet().stream().filter(v -> loose(v).equals(wanted)).findFirst().orElse(null);
    }

    /** A light PEP 440 comparison key: case, a leading {@code v} and trailing {@code .0} release parts ignored. */
    private static String loose(final String version) {
        String v = version.toLowerCase(Locale.ROOT);
        if (v.startsWith("v")) {
            v = v.substring(1);
        }
        int end = 0;
        while (end < v.length() && (Character.isDigit(v.charAt(end)) || v.charAt(end) == '.')) {
            end++;
        }
        String release = v.substring(0, end);
        while (release.endsWith(".0")) {
            release = release.substring(0, release.length() - 2);
        }
        return release + v.substring(end);
    }

    static PackageFacts toFacts(final JsonNode root, final String url, final Instant now)
            throws InvalidBodyException {
        JsonNode info = root.path("info");
        if (!info.isObject()) {
            throw new InvalidBodyException("PyPI project JSON without an 'info' object");
        }
        Map<String, VersionFacts> versions = new LinkedHashMap<>();
        Instant created = null;
        JsonNode releases = root.path("releases");
        for (Map.Entry<String, JsonNode> release : releases.properties()) {
            Instant first = earliest(release.getValue());
            versions.put(release.getKey(), new VersionFacts(first, yanked(release.getValue())));
            if (first != null && (created == null || first.isBefore(created))) {
                created = first;
            }
        }
        String latest = RegistryJson.text(info, "version");
        return new PackageFacts(State.FOUND, url, 200, now, created, latest, versions, true, null);
    }

    private static Instant earliest(final JsonNode files) {
        Instant first = null;
        for (JsonNode file : files) {
            String text = RegistryJson.text(file, "upload_time_iso_8601");
            Instant time = RegistryJson.instant(text);
            if (time == null) {
                // older documents carry only upload_time, in UTC without an offset
                time = RegistryJson.instant(RegistryJson.text(file, "upload_time") + "Z");
            }
            if (time != null && (first == null || time.isBefore(first))) {
                first = time;
            }
        }
        return first;
    }

    private static String yanked(final JsonNode files) {
        if (files.size() == 0) {
            return null;
        }
        for (JsonNode file : files) {
            if (!file.path("yanked").asBoolean(false)) {
                return null;
            }
        }
        String reason = RegistryJson.text(files.get(0), "yanked_reason");
        return "yanked" + (reason == null || reason.isBlank() ? "" : ": " + reason);
    }
}
