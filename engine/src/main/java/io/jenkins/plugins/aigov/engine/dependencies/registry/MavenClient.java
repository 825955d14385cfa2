package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.jenkins.plugins.aigov.engine.dependencies.registry.LookupCache.Cached;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageFacts.State;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageFacts.VersionFacts;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageFacts.VersionProbe;

/**
 * Maven repository layout: {@code <base>/<group path>/<artifact>/maven-metadata.xml} lists the versions; it carries
 * no per-version date, so a version's date is the {@code Last-Modified} of its POM
 * ({@code <base>/<g>/<a>/<v>/<a>-<v>.pom}, asked with HEAD) and the first publication is that of the oldest listed
 * version's POM. A look-up therefore costs at most three requests: metadata, the asked version's POM and the oldest
 * version's POM. A version missing from the metadata is still asked for by its POM (metadata can lag behind).
 */
final class MavenClient implements EcosystemClient {
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.+-]{0,120}");
    private static final DateTimeFormatter LAST_UPDATED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    @Override
    public String checkName(final String name) {
        String[] parts = name.split(":", -1);
        if (parts.length != 2 || !PART.matcher(parts[0]).matches() || !PART.matcher(parts[1]).matches()
                || parts[0].contains("..") || parts[1].contains("..")) {
            return "not a Maven groupId:artifactId";
        }
        return null;
    }

    @Override
    public RegistryAnswer lookup(final RegistryConfig registry, final PackageQuery query, final Context context)
            throws RegistryUnavailableException {
        String[] ga = query.name().split(":");
        String dir = "/" + ga[0].replace('.', '/') + "/" + ga[1];
        Cached<PackageFacts> facts = context.cache().get("maven|" + registry.baseUrl() + "|" + query.name(),
                PackageFacts.class, () -> load(registry, dir, ga[1], context));
        String version = query.version();
        if (version == null || !VERSION.matcher(version).matches()) {
            return RegistryAnswer.of(registry, facts, version, null, null);
        }
        boolean listed = facts.value().versions().containsKey(version);
        Cached<VersionProbe> probe;
        try {
            probe = pom(registry, dir, ga[1], version, context);
        }
        catch (RegistryUnavailableException e) {
            if (!listed) {
                throw e;
            }
            probe = null;  // listed, so it exists; only its date stays unknown
        }
        return RegistryAnswer.of(registry, facts, version, listed ? version : null, probe);
    }

    private PackageFacts load(final RegistryConfig registry, final String dir, final String artifact,
            final Context context) throws RegistryUnavailableException {
        var response = context.fetcher().get(registry, registry.resolve(dir + "/maven-metadata.xml"),
                "application/xml, text/xml;q=0.9", MavenClient::parse, context.deadline());
        Instant now = context.clock().instant();
        String url = response.uri().toString();
        if (!response.found()) {
            return PackageFacts.missing(url, response.status(), now);
        }
        Metadata metadata = response.body();
        if (metadata.versions.isEmpty()) {
            return new PackageFacts(State.MISSING, url, 200, now, null, null, Map.of(), true,
                    "maven-metadata.xml lists no versions");
        }
        Map<String, VersionFacts> versions = new LinkedHashMap<>();
        metadata.versions.forEach(v -> versions.put(v, new VersionFacts(null, null)));
        String latest = metadata.release != null ? metadata.release
                : metadata.latest != null ? metadata.latest : metadata.versions.get(metadata.versions.size() - 1);
        Instant created = null;
        String note = metadata.lastUpdated == null ? null : "metadata last updated " + metadata.lastUpdated;
        try {
            // the metadata lists versions in deployment order; the first one is the oldest
            created = pom(registry, dir, artifact, metadata.versions.get(0), context).value().published();
        }
        catch (RegistryUnavailableException e) {
            note = "first publication unknown: " + e.getMessage();
        }
        return new PackageFacts(State.FOUND, url, 200, now, created, latest, versions, false, note);
    }

    private static Cached<VersionProbe> pom(final RegistryConfig registry, final String dir, final String artifact,
            final String version, final Context context) throws RegistryUnavailableException {
        return context.cache().get("maven|" + registry.baseUrl() + "|" + dir + "|" + version, VersionProbe.class,
                () -> {
                    var response = context.fetcher().head(registry,
                            registry.resolve(dir + "/" + version + "/" + artifact + "-" + version + ".pom"),
                            context.deadline());
                    return new VersionProbe(response.found(), response.found() ? response.lastModified() : null,
                            response.uri().toString(), response.status(), context.clock().instant());
                });
    }

    /** The parts of {@code maven-metadata.xml} that matter here. */
    static final class Metadata {
        final List<String> versions = new ArrayList<>();
        String latest;
        String release;
        Instant lastUpdated;
    }

    static Metadata parse(final InputStream in) throws IOException {
        Metadata metadata = new Metadata();
        try {
            XMLStreamReader reader = SecureXml.reader(in);
            try {
                List<String> path = new ArrayList<>();
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        path.add(reader.getLocalName());
                        if (path.size() == 1 && !path.get(0).equals("metadata")) {
                            throw new InvalidBodyException("not maven-metadata.xml: root element <"
                                    + path.get(0) + ">");
                        }
                        read(reader, String.join("/", path), metadata);
                        if (reader.getEventType() == XMLStreamConstants.END_ELEMENT) {
                            path.remove(path.size() - 1);
                        }
                    }
                    else if (event == XMLStreamConstants.END_ELEMENT) {
                        path.remove(path.size() - 1);
                    }
                }
            }
            finally {
                reader.close();
            }
        }
        catch (XMLStreamException e) {
            if (e.getNestedException() instanceof IOException io) {
                throw io;
            }
            throw new InvalidBodyException("invalid XML: " + e.getMessage(), e);
        }
        return metadata;
    }

    private static void read(final XMLStreamReader reader, final String path, final Metadata metadata)
            throws XMLStreamException {
        switch (path) {
            case "metadata/versioning/versions/version" -> metadata.versions.add(reader.getElementText().strip());
            case "metadata/versioning/latest" -> metadata.latest = blankToNull(reader.getElementText());
            case "metadata/versioning/release" -> metadata.release = blankToNull(reader.getElementText());
            case "metadata/versioning/lastUpdated" -> metadata.lastUpdated = lastUpdated(reader.getElementText());
            default -> {
                // other elements are not needed
            }
        }
    }

    private static Instant lastUpdated(final String text) {
        try {
            return LocalDateTime.parse(text.strip(), LAST_UPDATED).toInstant(ZoneOffset.UTC);
        }
        catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(final String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
