package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a Maven repository the way {@code mvn deploy} leaves it: per version a POM, a jar and their {@code .sha1}
 * files; per artifact a {@code maven-metadata.xml} (versions in deployment order, latest, release, lastUpdated) with
 * its {@code .sha1}. Each version's files get the modification time of its deployment, which the static server
 * sends as {@code Last-Modified}.
 */
final class MavenRepositoryLayout {
    private static final DateTimeFormatter LAST_UPDATED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);

    private MavenRepositoryLayout() {
    }

    /** Deploys {@code versions} (in order, each with its deployment time) of {@code group:artifact}. */
    static void deploy(final Path root, final String group, final String artifact,
            final Map<String, Instant> versions) throws IOException {
        Path dir = root.resolve(group.replace('.', '/')).resolve(artifact);
        Instant last = Instant.EPOCH;
        for (Map.Entry<String, Instant> version : versions.entrySet()) {
            Path versionDir = Files.createDirectories(dir.resolve(version.getKey()));
            String base = artifact + "-" + version.getKey();
            write(versionDir.resolve(base + ".pom"), pom(group, artifact, version.getKey()).getBytes(
                    StandardCharsets.UTF_8), version.getValue());
            write(versionDir.resolve(base + ".jar"), new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 0}, version.getValue());
            last = version.getValue().isAfter(last) ? version.getValue() : last;
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<metadata>\n")
                .append("  <groupId>").append(group).append("</groupId>\n")
                .append("  <artifactId>").append(artifact).append("</artifactId>\n  <versioning>\n");
        String newest = versions.keySet().stream().reduce((a, b) -> b).orElseThrow();
        xml.append("    <latest>").append(newest).append("</latest>\n")
                .append("    <release>").append(newest).append("</release>\n    <versions>\n");
        versions.keySet().forEach(v -> xml.append("      <version>").append(v).append("</version>\n"));
        xml.append("    </versions>\n    <lastUpdated>").append(LAST_UPDATED.format(last))
                .append("</lastUpdated>\n  </versioning>\n</metadata>\n");
        write(dir.resolve("maven-metadata.xml"), xml.toString().getBytes(StandardCharsets.UTF_8), last);
    }

    /** Versions in order with their times, for {@link #deploy}. */
    static Map<String, Instant> versions(final Object... pairs) {
        Map<String, Instant> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], Instant.parse((String) pairs[i + 1]));
        }
        return map;
    }

    private static String pom(final String group, final String artifact, final String version) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<project>\n"
                + "  <modelVersion>4.0.0</modelVersion>\n"
                + "  <groupId>" + group + "</groupId>\n"
                + "  <artifactId>" + artifact + "</artifactId>\n"
                + "  <version>" + version + "</version>\n"
                + "  <packaging>jar</packaging>\n"
                + "</project>\n";
    }

    private static void write(final Path file, final byte[] content, final Instant modified) throws IOException {
        Files.write(file, content);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        Path sha1 = file.resolveSibling(file.getFileName() + ".sha1");
        Files.writeString(sha1, sha1(content), StandardCharsets.US_ASCII);
        Files.setLastModifiedTime(sha1, FileTime.from(modified));
    }

    private static String sha1(final byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
