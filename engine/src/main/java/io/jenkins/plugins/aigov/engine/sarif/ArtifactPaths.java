package io.jenkins.plugins.aigov.engine.sarif;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns a SARIF {@code artifactLocation} into a repository-relative path with forward slashes: resolves
 * {@code uriBaseId} through the run's {@code originalUriBaseIds} (an id the run does not define, such as CodeQL's
 * {@code %SRCROOT%} without a mapping, means the repository root), strips {@code file://} and the repository root,
 * decodes percent escapes. A location outside the repository keeps its raw URI and says why.
 */
final class ArtifactPaths {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");
    private static final Pattern DRIVE = Pattern.compile("^/?[A-Za-z]:[/\\\\].*");
    private static final int MAX_CHAIN = 8;

    /** A resolved location: the path (or the raw URI), and a problem when it is not inside the repository. */
    record Resolved(String path, String problem) {
    }

    private final Path root;
    private final Path realRoot;
    private final JsonNode bases;
    private final JsonNode artifacts;

    ArtifactPaths(final Path repoRoot, final JsonNode run) {
        this.root = repoRoot == null ? null : repoRoot.toAbsolutePath().normalize();
        this.realRoot = real(root);
        this.bases = SarifJson.at(run, "originalUriBaseIds");
        this.artifacts = SarifJson.at(run, "artifacts");
    }

    /** The path of a location, or {@code null} path when it names no artifact. */
    Resolved resolve(final JsonNode artifactLocation) {
        JsonNode location = artifactLocation;
        if (SarifJson.text(location, "uri") == null) {
            int index = SarifJson.integer(location, -1, "index");
            JsonNode artifact = index >= 0 && artifacts != null && artifacts.isArray() ? artifacts.get(index) : null;
            location = SarifJson.at(artifact, "location");
        }
        String uri = SarifJson.text(location, "uri");
        if (uri == null) {
            return new Resolved(null, null);
        }
        String full = combine(SarifJson.text(location, "uriBaseId"), uri, 0);
        return classify(uri, full);
    }

    private String combine(final String baseId, final String uri, final int depth) {
        if (baseId == null || isAbsolute(uri) || depth > MAX_CHAIN) {
            return uri;
        }
        JsonNode base = SarifJson.at(bases, baseId);
        String baseUri = SarifJson.text(base, "uri");
        if (baseUri == null) {
            return uri;
        }
        String resolvedBase = combine(SarifJson.text(base, "uriBaseId"), baseUri, depth + 1);
        return resolvedBase.endsWith("/") ? resolvedBase + uri : resolvedBase + "/" + uri;
    }

    private Resolved classify(final String raw, final String full) {
        String text = full.replace('\\', '/');
        if (text.regionMatches(true, 0, "file:", 0, 5)) {
            return absolute(raw, stripFileScheme(text.substring(5)));
        }
        if (SCHEME.matcher(text).matches() && !DRIVE.matcher(text).matches()) {
            return new Resolved(raw, "location '" + raw + "' is not a file in the repository");
        }
        String decoded = decode(text);
        if (decoded.startsWith("/") || DRIVE.matcher(decoded).matches()) {
            return absolute(raw, decoded);
        }
        String relative = normaliseRelative(decoded);
        return relative == null ? outside(raw) : new Resolved(relative, null);
    }

    private Resolved absolute(final String raw, final String path) {
        if (root == null) {
            return new Resolved(raw, "location '" + raw + "' is absolute and no repository root is known");
        }
        try {
            Path absolute = Path.of(path).normalize();
            for (Path base : new Path[] {root, realRoot}) {
                if (base != null && absolute.startsWith(base)) {
                    String relative = base.relativize(absolute).toString().replace('\\', '/');
                    return relative.isEmpty() ? outside(raw) : new Resolved(relative, null);
                }
            }
        }
        catch (InvalidPathException e) {
            return new Resolved(raw, "location '" + raw + "' is not a valid path");
        }
        return outside(raw);
    }

    private static Resolved outside(final String raw) {
        return new Resolved(raw, "location '" + raw + "' is outside the repository; the finding keeps the raw URI");
    }

    /** {@code a/./b/../c} to {@code a/c}; {@code null} when the path climbs out of its root. */
    static String normaliseRelative(final String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || ".".equals(part)) {
                continue;
            }
            if ("..".equals(part)) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            }
            else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    private static String stripFileScheme(final String rest) {
        String path = rest;
        if (path.startsWith("//")) {
            int slash = path.indexOf('/', 2);
            path = slash < 0 ? "/" : path.substring(slash);
        }
        String decoded = decode(path);
        return DRIVE.matcher(decoded).matches() && decoded.startsWith("/") ? decoded.substring(1) : decoded;
    }

    private static boolean isAbsolute(final String uri) {
        String text = uri.replace('\\', '/');
        return text.startsWith("/") || SCHEME.matcher(text).matches();
    }

    /** Percent-decoding as URIs define it ({@code +} stays a plus); a broken escape is kept as written. */
    static String decode(final String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1))
                    && isHex(text.charAt(i + 2))) {
                bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 3;
            }
            else {
                int codePoint = text.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(final char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static Path real(final Path path) {
        try {
            return path == null ? null : path.toRealPath();
        }
        catch (IOException | SecurityException e) {
            return null;
        }
    }
}
