package io.jenkins.plugins.aigov.engine.gates;

import java.util.regex.Pattern;

import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;

/**
 * A package name prepared for comparison: normalised, with its owner (npm scope, Maven group, Go host and owner)
 * and the folded forms the confusion checks compare.
 *
 * @param ecosystem the ecosystem
 * @param name      the normalised name (Go: without a {@code /vN} major-version suffix)
 * @param owner     who controls the name space it lives in, or {@code ""}: an npm scope, a Maven group id (verified
 *                  on publication), a Go module's first two path elements
 * @param local     the part after the owner: the unscoped npm name, the artifact id, the rest of the Go path
 * @param bare      {@link #name} without separators ({@code -}, {@code _}, {@code .})
 * @param skeleton  {@link Homoglyphs#skeleton} of {@link #bare}
 */
record PackageName(Ecosystem ecosystem, String name, String owner, String local, String bare, String skeleton) {
    private static final Pattern SEPARATORS = Pattern.compile("[-_.]");
    private static final Pattern GO_MAJOR = Pattern.compile("/v[0-9]+$");

    /** Prepares a name as declared or listed. */
    static PackageName of(final Ecosystem ecosystem, final String declared) {
        String name = ecosystem.normalise(declared);
        String owner = "";
        String local = name;
        switch (ecosystem) {
            case NPM -> {
                int slash = name.indexOf('/');
                if (name.startsWith("@") && slash > 0) {
                    owner = name.substring(0, slash);
                    local = name.substring(slash + 1);
                }
            }
            case MAVEN -> {
                int colon = name.indexOf(':');
                if (colon > 0) {
                    owner = name.substring(0, colon);
                    local = name.substring(colon + 1);
                }
            }
            case GO -> {
                name = GO_MAJOR.matcher(name).replaceAll("");
                String[] parts = name.split("/", 3);
                if (parts.length == 3) {
                    owner = parts[0] + "/" + parts[1];
                    local = parts[2];
                }
                else {
                    local = name;
                }
            }
            default -> {
            }
        }
        String bare = SEPARATORS.matcher(name).replaceAll("");
        return new PackageName(ecosystem, name, owner, local, bare, Homoglyphs.skeleton(bare));
    }

    /** Whether this name has an owner part. */
    boolean owned() {
        return !owner.isEmpty();
    }
}
