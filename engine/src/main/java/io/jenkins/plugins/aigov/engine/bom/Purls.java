package io.jenkins.plugins.aigov.engine.bom;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;

/**
 * Package URLs for the five ecosystems, following each purl type's rules: Maven {@code group/artifact} as declared,
 * npm and Go lower-cased (the npm scope is the namespace, its {@code @} encoded as {@code %40}), PyPI names
 * normalised as PEP 503 says, Cargo names as declared. Every segment is percent-encoded except the unreserved
 * characters {@code A-Z a-z 0-9 . - _ ~}; a version may also keep {@code :}.
 */
final class Purls {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Purls() {
    }

    /**
     * The purl of a package.
     *
     * @param ecosystem the ecosystem
     * @param name      the declared name ({@code groupId:artifactId} for Maven)
     * @param version   an exact version, or {@code null} for a purl without version
     * @return the purl, or {@code null} when the name cannot be expressed (a Maven name without {@code :})
     */
    static String of(final Ecosystem ecosystem, final String name, final String version) {
        String path = path(ecosystem, name.strip());
        if (path == null) {
            return null;
        }
        String purl = "pkg:" + ecosystem.purlType() + "/" + path;
        return version == null ? purl : purl + "@" + encode(version, true);
    }

    private static String path(final Ecosystem ecosystem, final String name) {
        switch (ecosystem) {
            case MAVEN:
                int colon = name.indexOf(':');
                if (colon <= 0 || colon == name.length() - 1) {
                    return null;
                }
                return encode(name.substring(0, colon), false) + "/" + encode(name.substring(colon + 1), false);
            case NPM:
            case GO:
                return segments(name.toLowerCase(Locale.ROOT));
            case PYPI:
                return encode(ecosystem.normalise(name), false);
            default:
                return encode(name, false);
        }
    }

    /** Namespace segments and name, each encoded, joined with {@code /}. */
    private static String segments(final String name) {
        StringBuilder out = new StringBuilder();
        for (String segment : name.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(encode(segment, false));
        }
        return out.toString();
    }

    static String encode(final String text, final boolean keepColon) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (isUnreserved(c) || keepColon && c == ':') {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0x0F]).append(HEX[b & 0x0F]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(final char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                || c == '_' || c == '~';
    }
}
