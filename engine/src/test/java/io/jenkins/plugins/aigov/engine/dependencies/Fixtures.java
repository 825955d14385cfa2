package io.jenkins.plugins.aigov.engine.dependencies;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.jenkins.plugins.aigov.engine.model.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/** Fixture loading and the one-line form of dependencies used by the {@code expected-*} files. */
final class Fixtures {
    private Fixtures() {
    }

    static byte[] bytes(final String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(final String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** {@code manifest:line KIND normalisedName version scope registry|local}, then the problems. */
    static List<String> describe(final ManifestParseResult result) {
        List<String> lines = new ArrayList<>();
        for (Dependency d : result.dependencies()) {
            lines.add(d.location() + " " + d.kind() + " " + d.normalisedName() + " " + d.version() + " " + d.scope()
                    + " " + (d.registry() ? "registry" : "local"));
        }
        for (Problem problem : result.problems()) {
            lines.add("problem " + problem.where());
        }
        return lines;
    }

    /** Compares with an {@code expected-*.txt} file (lines starting with {@code #} are comments). */
    static void assertMatches(final ManifestParseResult result, final String expectedFile) {
        List<String> expected = text(expectedFile).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
        assertThat(describe(result)).as(expectedFile).containsExactlyElementsOf(expected);
    }

    /** The dependency declared at a line of its manifest. */
    static Dependency at(final ManifestParseResult result, final int line) {
        List<Dependency> found = result.dependencies().stream().filter(d -> d.line() == line).toList();
        assertThat(found).as("dependencies at line " + line).hasSize(1);
        return found.get(0);
    }

    static Dependency named(final ManifestParseResult result, final String normalisedName) {
        List<Dependency> found = result.dependencies().stream()
                .filter(d -> d.normalisedName().equals(normalisedName)).toList();
        assertThat(found).as("dependencies named " + normalisedName).hasSize(1);
        return found.get(0);
    }
}
