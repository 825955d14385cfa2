package io.jenkins.plugins.aigov.engine.gates;

import java.util.Set;

/**
 * Folders whose files are third-party or generated copies ({@code node_modules}, {@code vendor}, virtual
 * environments …): a whole-tree read (scope all) does not look inside them, and they never count as local modules.
 */
final class VendoredFolders {
    private static final Set<String> SKIPPED = Set.of("node_modules", "vendor", "bower_components", ".git", ".venv",
            "venv", "site-packages", "__pycache__", "dist", "build", "target", ".tox", ".mypy_cache", ".next",
            ".nuxt", "third_party");

    private VendoredFolders() {
    }

    /** Whether a folder of this name is skipped. */
    static boolean isSkipped(final String folderName) {
        return SKIPPED.contains(folderName);
    }

    /** Whether a repository-relative path lies inside a skipped folder. */
    static boolean isInside(final String path) {
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (SKIPPED.contains(parts[i])) {
                return true;
            }
        }
        return false;
    }
}
