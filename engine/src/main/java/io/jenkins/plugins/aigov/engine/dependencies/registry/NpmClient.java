package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.jenkins.plugins.aigov.engine.dependencies.registry.LookupCache.Cached;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageFacts.State;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageFacts.VersionFacts;

/**
 * npm registry protocol: the full packument {@code <base>/<name>} ({@code @scope%2fname} for scoped names) carries
 * {@code versions} (with {@code deprecated}), {@code time.created}, {@code time.<version>}, {@code time.unpublished}
 * and {@code dist-tags.latest}. Read with a streaming parser that keeps only those fields, so a packument of tens
 * of megabytes costs little memory. One request per name.
 */
final class NpmClient implements EcosystemClient {
    private static final Pattern NAME = Pattern.compile("(?:@[a-z0-9][a-z0-9._~-]*/)?[a-z0-9_~.-][a-z0-9._~-]*",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_NAME = 214;
    private static final String HOLDING_VERSION = "0.0.1-security";

    @Override
    public String checkName(final String name) {
        if (name.length() > MAX_NAME || !NAME.matcher(name).matches() || name.startsWith(".")) {
            return "not a valid npm package name";
        }
        return null;
    }

    @Override
    public RegistryAnswer lookup(final RegistryConfig registry, final PackageQuery query, final Context context)
            throws RegistryUnavailableException {
        String path = "/" + query.name().replace("/", "%2f");
        Cached<PackageFacts> facts = context.cache().get(key(registry, query.name()), PackageFacts.class, () -> {
            var response = context.fetcher().get(registry, registry.resolve(path), "application/json",
                    NpmClient::parse, context.deadline());
            Instant now = context.clock().instant();
            if (!response.found()) {
                return PackageFacts.missing(response.uri().toString(), response.status(), now);
            }
            return response.body().toFacts(response.uri().toString(), now);
        });
        String version = query.version();
        boolean known = version != null && facts.value().versions().containsKey(version);
        return RegistryAnswer.of(registry, facts, version, known ? version : null, null);
    }

    private static String key(final RegistryConfig registry, final String name) {
        return "npm|" + registry.baseUrl() + "|" + name;
    }

    /** The fields of a packument that matter here. */
    static final class Packument {
        private String name;
        private String description;
        private String latest;
        private Instant created;
        private String unpublished;
        private final Map<String, Instant> times = new HashMap<>();
        private final Map<String, String> deprecated = new HashMap<>();
        private final Map<String, Boolean> versions = new LinkedHashMap<>();

        PackageFacts toFacts(final String url, final Instant now) {
            Map<String, VersionFacts> facts = new LinkedHashMap<>();
            versions.keySet().forEach(v -> facts.put(v, new VersionFacts(times.get(v), deprecated.get(v))));
            if (created == null) {
                // some registries and mirrors omit time.created; the earliest version time is the best stand-in
                created = times.values().stream().min(Instant::compareTo).orElse(null);
            }
            if (versions.isEmpty() && unpublished != null) {
                return new PackageFacts(State.UNPUBLISHED, url, 200, now, created, null, facts, true,
                        "unpublished from the registry" + (unpublished.isEmpty() ? "" : " on " + unpublished));
            }
            if (isSecurityHolder()) {
                return new PackageFacts(State.UNPUBLISHED, url, 200, now, created, latest, facts, true,
                        "replaced by the registry's security-holding placeholder " + HOLDING_VERSION
                                + " (the original package was removed as malicious)");
            }
            if (versions.isEmpty()) {
                return new PackageFacts(State.MISSING, url, 200, now, created, null, facts, true,
                        "the packument lists no versions");
            }
            return new PackageFacts(State.FOUND, url, 200, now, created, latest, facts, true, null);
        }

        private boolean isSecurityHolder() {
            if (!versions.containsKey(HOLDING_VERSION)) {
                return false;
            }
            String text = description == null ? "" : description.toLowerCase(Locale.ROOT);
            return text.contains("security holding") || text.contains("security-holding") || versions.size() == 1;
        }
    }

    static Packument parse(final InputStream in) throws IOException {
        Packument doc = new Packument();
        try (JsonParser parser = RegistryJson.parser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidBodyException("a packument must be a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "name" -> doc.name = scalar(parser, value);
                    case "description" -> doc.description = scalar(parser, value);
                    case "dist-tags" -> readDistTags(parser, value, doc);
                    case "time" -> readTime(parser, value, doc);
                    case "versions" -> readVersions(parser, value, doc);
                    default -> parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw new InvalidBodyException("packument ends early");
            }
        }
        if (doc.name == null && doc.versions.isEmpty() && doc.unpublished == null) {
            throw new InvalidBodyException("not a packument: no name, versions or time.unpublished");
        }
        return doc;
    }

    private static void readDistTags(final JsonParser parser, final JsonToken value, final Packument doc)
            throws IOException {
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String tag = parser.currentName();
            JsonToken token = parser.nextToken();
            if (tag.equals("latest")) {
                doc.latest = scalar(parser, token);
            }
            else {
                parser.skipChildren();
            }
        }
    }

    private static void readTime(final JsonParser parser, final JsonToken value, final Packument doc)
            throws IOException {
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken token = parser.nextToken();
            if (key.equals("unpublished")) {
                doc.unpublished = readUnpublished(parser, token);
            }
            else if (token == JsonToken.VALUE_STRING) {
                Instant instant = RegistryJson.instant(parser.getText());
                if (key.equals("created")) {
                    doc.created = instant;
                }
                else if (!key.equals("modified") && instant != null) {
                    doc.times.put(key, instant);
                }
            }
            else {
                parser.skipChildren();
            }
        }
    }

    private static String readUnpublished(final JsonParser parser, final JsonToken token) throws IOException {
        String when = "";
        if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return when;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken inner = parser.nextToken();
            if (key.equals("time") && inner == JsonToken.VALUE_STRING) {
                when = parser.getText();
            }
            else {
                parser.skipChildren();
            }
        }
        return when;
    }

    private static void readVersions(final JsonParser parser, final JsonToken value, final Packument doc)
            throws IOException {
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String version = parser.currentName();
            doc.versions.put(version, Boolean.TRUE);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken token = parser.nextToken();
                if (field.equals("deprecated") && token == JsonToken.VALUE_STRING && !parser.getText().isBlank()) {
                    doc.deprecated.put(version, parser.getText());
                }
                else if (field.equals("deprecated") && token == JsonToken.VALUE_TRUE) {
                    doc.deprecated.put(version, "deprecated");
                }
                else {
                    parser.skipChildren();
                }
            }
        }
    }

    private static String scalar(final JsonParser parser, final JsonToken token) throws IOException {
        if (token.isScalarValue()) {
            return token == JsonToken.VALUE_NULL ? null : parser.getText();
        }
        parser.skipChildren();
        return null;
    }
}
