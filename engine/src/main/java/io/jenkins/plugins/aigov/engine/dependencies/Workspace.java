package io.jenkins.plugins.aigov.engine.dependencies;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files of one project given together, so that a requirements file can include another and a build script
 * can use its version catalog. Paths are repository-relative with {@code /}.
 */
final class Workspace {
    private final Map<String, byte[]> files = new HashMap<>();
    private final Deque<String> including = new ArrayDeque<>();

    Workspace(final Map<String, byte[]> given) {
        given.forEach((path, content) -> files.put(normalise(path), content));
    }

    /** {@code a/./b/../c} → {@code a/c}, backslashes become slashes, no leading {@code ./} or {@code /}. */
    static String normalise(final String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.replace('\\', '/').split("/")) {
            if ("..".equals(part)) {
                if (parts.isEmpty()) {
                    return "../" + path; // outside the repository: never found
                }
                parts.removeLast();
            } else if (!part.isEmpty() && !".".equals(part)) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    private static String folderOf(final String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    /** Reads one given manifest; never throws for its content. */
    ManifestParseResult parse(final String path) {
        try {
            return dispatch(normalise(path));
        } catch (RuntimeException e) {
            // a defect of a reader must not stop the other files; the message names it for a bug report
            return ManifestParseResult.failed(normalise(path), "internal error while reading this file ("
                    + e.getClass().getSimpleName() + "); not parsed");
        }
    }

    private ManifestParseResult dispatch(final String key) {
        byte[] content = files.get(key);
        Optional<String> refusal = ManifestText.refusal(content);
        if (refusal.isPresent()) {
            return ManifestParseResult.failed(key, refusal.get());
        }
        ManifestType type = ManifestType.of(key).orElse(null);
        if (type == null) {
            return ManifestParseResult.failed(key, "not a manifest this engine reads; skipped");
        }
        if (type == ManifestType.POM) {
            return PomParser.parse(key, content);
        }
        String text = ManifestText.decode(content);
        switch (type) {
            case GRADLE: return GradleParser.parse(key, text, catalogFor(key));
            case VERSION_CATALOG: return GradleParser.catalog(key, text);
            case PACKAGE_JSON: return PackageJsonParser.parse(key, text);
            case PACKAGE_LOCK: return PackageLockParser.parse(key, text);
            case YARN_LOCK: return YarnLockParser.parse(key, text);
            case PNPM_LOCK: return PnpmLockParser.parse(key, text);
            case REQUIREMENTS: return requirements(key, text);
            case PYPROJECT: return PyprojectParser.parse(key, text);
            case PIPFILE: return PipfileParser.parse(key, text);
            case GO_MOD: return GoModParser.parse(key, text);
            case CARGO: return CargoParser.parse(key, text);
            default: throw new IllegalStateException(type.name());
        }
    }

    private ManifestParseResult requirements(final String path, final String text) {
        including.push(path);
        try {
            return RequirementsParser.parse(path, text, this::include);
        } finally {
            including.pop();
        }
    }

    private ManifestParseResult include(final String from, final String target, final int line,
            final Collector out) {
        String path = normalise(folderOf(from) + target);
        if (including.contains(path)) {
            List<String> chain = new ArrayList<>(including);
            Collections.reverse(chain);
            out.problem(line, "include cycle " + String.join(" -> ", chain) + " -> " + path + "; not followed");
            return null;
        }
        if (!files.containsKey(path)) {
            out.problem(line, "included file " + path + " was not given; its requirements are not checked");
            return null;
        }
        if (ManifestType.of(path).orElse(null) != ManifestType.REQUIREMENTS) {
            Optional<String> refusal = ManifestText.refusal(files.get(path));
            if (refusal.isPresent()) {
                return ManifestParseResult.failed(path, refusal.get());
            }
            return requirements(path, ManifestText.decode(files.get(path)));
        }
        return dispatch(path);
    }

    /** The {@code libs} catalog of a build script: {@code gradle/libs.versions.toml} in its folder or above. */
    private VersionCatalog catalogFor(final String script) {
        String folder = folderOf(script);
        while (true) {
            String candidate = folder + "gradle/libs.versions.toml";
            byte[] content = files.get(candidate);
            if (content != null && ManifestText.refusal(content).isEmpty()) {
                return VersionCatalog.read(ManifestText.decode(content), new Collector(candidate, Ecosystem.MAVEN));
            }
            if (folder.isEmpty()) {
                return null;
            }
            folder = folderOf(folder.substring(0, folder.length() - 1));
        }
    }
}
