package io.jenkins.plugins.aigov.engine.dependencies;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Reads dependency manifests, choosing the reader by file name. Nothing here throws for bad content: a file that
 * cannot be read (malformed, over 10 MiB, binary, with a DTD) gives a result with the dependencies read before the
 * error and a {@link io.jenkins.plugins.aigov.engine.model.Problem} naming {@code path:line}.
 *
 * <p>Formats: Maven {@code pom.xml}; Gradle {@code *.gradle}, {@code *.gradle.kts} and
 * {@code gradle/*.versions.toml}; npm {@code package.json}, {@code package-lock.json},
 * {@code npm-shrinkwrap.json}, {@code yarn.lock} (classic and berry), {@code pnpm-lock.yaml}; Python
 * {@code requirements*.txt} (and {@code requirements/*.txt}, {@code constraints*.txt}, {@code *.in}),
 * {@code pyproject.toml}, {@code Pipfile}; Go {@code go.mod}; Rust {@code Cargo.toml}. See
 * {@code docs/manifests.md}.
 *
 * <pre>{@code
 * Map<String, ManifestParseResult> results = Manifests.parseAll(Map.of(
 *         "build.gradle.kts", buildScript,
 *         "gradle/libs.versions.toml", catalog));
 * }</pre>
 */
public final class Manifests {
    /** Largest file read, in bytes (10 MiB). */
    public static final int MAX_BYTES = ManifestText.MAX_BYTES;

    private Manifests() {
    }

    /** Whether a file at this repository-relative path is a manifest that {@link #parse} reads. */
    public static boolean isManifest(final String path) {
        return path != null && ManifestType.of(path).isPresent();
    }

    /**
     * Reads one manifest on its own: includes ({@code -r}) and version catalogs are not available and are
     * reported as problems where used.
     *
     * @param repoRelativePath the file's path in the repository, with {@code /}; its name picks the reader
     * @param content          the file's bytes
     * @return the dependencies and problems
     */
    public static ManifestParseResult parse(final String repoRelativePath, final byte[] content) {
        Objects.requireNonNull(repoRelativePath, "repoRelativePath");
        Objects.requireNonNull(content, "content");
        return new Workspace(Map.of(repoRelativePath, content)).parse(repoRelativePath);
    }

    /**
     * Reads the manifests of one project together: a requirements file's {@code -r}/{@code -c} includes are
     * followed (relative to the including file, cycle-safe) and a Gradle script's {@code libs.…} references are
     * resolved through {@code gradle/libs.versions.toml} in its folder or above.
     *
     * @param files repository-relative path → content; files that are not manifests are used only as includes
     * @return one result per manifest, sorted by normalised path; an including file's result also holds the
     *         dependencies of the files it includes (each with its own {@code manifest} and line)
     */
    public static Map<String, ManifestParseResult> parseAll(final Map<String, byte[]> files) {
        Objects.requireNonNull(files, "files");
        Workspace workspace = new Workspace(files);
        Map<String, ManifestParseResult> results = new TreeMap<>();
        for (String path : files.keySet()) {
            if (isManifest(path)) {
                ManifestParseResult result = workspace.parse(path);
                results.put(result.path(), result);
            }
        }
        return results;
    }
}
