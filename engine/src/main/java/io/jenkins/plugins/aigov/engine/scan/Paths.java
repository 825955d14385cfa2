package io.jenkins.plugins.aigov.engine.scan;

import java.util.Locale;
import java.util.Map;

import com.google.re2j.Pattern;

/**
 * What a path says about a file: its language and whether it is test code.
 */
final class Paths {
    private static final Map<String, String> LANGUAGES = Map.ofEntries(Map.entry("java", "java"),
            Map.entry("py", "python"), Map.entry("js", "javascript"), Map.entry("mjs", "javascript"),
            Map.entry("cjs", "javascript"), Map.entry("jsx", "javascript"), Map.entry("ts", "javascript"),
            Map.entry("tsx", "javascript"), Map.entry("mts", "javascript"), Map.entry("cts", "javascript"),
            Map.entry("go", "go"), Map.entry("kt", "kotlin"), Map.entry("groovy", "groovy"),
            Map.entry("rb", "ruby"), Map.entry("php", "php"), Map.entry("cs", "csharp"));
    private static final Pattern TEST_PATH = Pattern.compile("(?i)(?:^|/)(?:src/test|tests?|__tests__|__mocks__|"
            + "spec|specs|testdata|test-data|fixtures?|testing)/|(?:^|/)(?:test_[^/]*\\.py|[^/]*_test\\.(?:py|go)|"
            + "[^/]*(?:Test|Tests|IT)\\.(?:java|kt|groovy)|[^/]*\\.(?:test|spec)\\.[cm]?[jt]sx?)$");

    private Paths() {
    }

    /** The language id of a path ({@code java}, {@code python}, {@code javascript}, {@code go} …) or null. */
    static String language(final String path) {
        int dot = path.lastIndexOf('.');
        if (dot < 0 || dot < path.lastIndexOf('/')) {
            return null;
        }
        return LANGUAGES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Whether the path is test code or test data. */
    static boolean isTestPath(final String path) {
        return TEST_PATH.matcher(path.replace('\\', '/')).find();
    }
}
