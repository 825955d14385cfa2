package io.jenkins.plugins.aigov.engine.dependencies;

import java.util.Locale;
import java.util.Optional;

/** The manifest formats read, chosen by file name. */
enum ManifestType {
    POM, GRADLE, VERSION_CATALOG, PACKAGE_JSON, PACKAGE_LOCK, YARN_LOCK, PNPM_LOCK, REQUIREMENTS, PYPROJECT, PIPFILE,
    GO_MOD, CARGO;

    /** The format of the file at a repository-relative path, if it is a manifest. */
    static Optional<ManifestType> of(final String path) {
        String normalised = Workspace.normalise(path);
        int slash = normalised.lastIndexOf('/');
        String name = normalised.substring(slash + 1);
        String folder = slash < 0 ? "" : normalised.substring(0, slash);
        String parent = folder.substring(folder.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        switch (name) {
            case "pom.xml": return Optional.of(POM);
            case "package.json": return Optional.of(PACKAGE_JSON);
            case "package-lock.json":
            case "npm-shrinkwrap.json": return Optional.of(PACKAGE_LOCK);
            case "yarn.lock": return Optional.of(YARN_LOCK);
            case "pnpm-lock.yaml": return Optional.of(PNPM_LOCK);
            case "pyproject.toml": return Optional.of(PYPROJECT);
            case "Pipfile": return Optional.of(PIPFILE);
            case "go.mod": return Optional.of(GO_MOD);
            case "Cargo.toml": return Optional.of(CARGO);
            default: break;
        }
        if (lower.endsWith(".gradle") || lower.endsWith(".gradle.kts")) {
            return Optional.of(GRADLE);
        }
        if (lower.endsWith(".versions.toml") && "gradle".equals(parent)) {
            return Optional.of(VERSION_CATALOG);
        }
        if (isRequirements(lower, parent)) {
            return Optional.of(REQUIREMENTS);
        }
        return Optional.empty();
    }

    private static boolean isRequirements(final String name, final String parent) {
        boolean text = name.endsWith(".txt") || name.endsWith(".in");
        return text && (name.startsWith("requirements") || name.startsWith("constraints")
                || name.endsWith("-requirements.txt") || name.endsWith("_requirements.txt")
                || "requirements".equals(parent));
    }
}
