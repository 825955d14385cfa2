package io.jenkins.plugins.aigov.engine.dependencies;

import java.util.Map;

/**
 * Python import names whose distribution has another, well-known name. Deliberately small: only aliases that are
 * unambiguous are listed (for instance {@code jwt} and {@code Crypto} are not, two distributions provide each).
 * Any other import name is taken as its own distribution name, which is only a guess: a gate must treat the
 * mapping from an import to a package as uncertain.
 */
public final class ImportNames {
    private static final Map<String, String> PYTHON = Map.ofEntries(
            Map.entry("yaml", "pyyaml"),
            Map.entry("cv2", "opencv-python"),
            Map.entry("PIL", "pillow"),
            Map.entry("sklearn", "scikit-learn"),
            Map.entry("skimage", "scikit-image"),
            Map.entry("bs4", "beautifulsoup4"),
            Map.entry("dateutil", "python-dateutil"),
            Map.entry("dotenv", "python-dotenv"),
            Map.entry("attr", "attrs"),
            Map.entry("OpenSSL", "pyopenssl"));

    private ImportNames() {
    }

    /** The distribution that provides a top-level Python module: the alias table's entry, or the module itself. */
    public static String pythonDistribution(final String module) {
        return PYTHON.getOrDefault(module, module);
    }

    /** Whether the alias table knows this module. */
    public static boolean isAliased(final String module) {
        return PYTHON.containsKey(module);
    }
}
