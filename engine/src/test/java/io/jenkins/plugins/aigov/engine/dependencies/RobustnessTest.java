package io.jenkins.plugins.aigov.engine.dependencies;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Truncated and damaged copies of every fixture: readers report problems, they never fail. */
class RobustnessTest {
    @ParameterizedTest(name = "{1} as {0}")
    @CsvSource({
        "pom.xml, valid-spring-boot-pom.xml",
        "build.gradle.kts, valid-build.gradle.kts",
        "build.gradle, valid-build.gradle",
        "gradle/libs.versions.toml, valid-libs.versions.toml",
        "package.json, valid-package.json",
        "package-lock.json, valid-package-lock.json",
        "package-lock.json, valid-package-lock-v1.json",
        "yarn.lock, valid-yarn-v1.lock",
        "yarn.lock, valid-yarn-berry.lock",
        "pnpm-lock.yaml, valid-pnpm-lock-v9.yaml",
        "pnpm-lock.yaml, valid-pnpm-lock-v6.yaml",
        "requirements.txt, valid-requirements.txt",
        "pyproject.toml, valid-pyproject-pep621.toml",
        "pyproject.toml, valid-pyproject-poetry.toml",
        "Pipfile, valid-Pipfile",
        "go.mod, valid-go.mod",
        "Cargo.toml, valid-Cargo.toml"
    })
    void shouldNeverFailOnDamagedManifests(final String path, final String fixture) {
        byte[] original = Fixtures.bytes(fixture);
        Random random = new Random(fixture.hashCode());
        for (int i = 0; i < 150; i++) {
            byte[] damaged = i < 75
                    ? Arrays.copyOf(original, random.nextInt(original.length))
                    : flip(original, random);

            ManifestParseResult result = Manifests.parse(path, damaged);

            assertThat(result.problems()).as("%s damaged #%d", fixture, i)
                    .noneMatch(problem -> problem.message().contains("internal error"));
            assertThat(result.dependencies()).allMatch(d -> d.line() >= 1 && !d.name().isBlank());
        }
    }

    private static byte[] flip(final byte[] original, final Random random) {
        byte[] copy = original.clone();
        String noise = "[]{}\"':=,#\n\\@$(<&";
        for (int j = 0; j < 3; j++) {
            copy[random.nextInt(copy.length)] = (byte) noise.charAt(random.nextInt(noise.length()));
        }
        return copy;
    }
}
