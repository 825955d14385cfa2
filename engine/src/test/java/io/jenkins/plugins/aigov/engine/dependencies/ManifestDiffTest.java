package io.jenkins.plugins.aigov.engine.dependencies;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ManifestDiffTest {
    private static ManifestParseResult requirements(final String text) {
        return Manifests.parse("requirements.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldFindAddedAndReversionedDependencies() {
        ManifestParseResult base = requirements("flask==3.0.2\nrequests==2.31.0\n");
        ManifestParseResult head = requirements("# web\nFlask==3.0.3\nrequests==2.31.0\nhuggingface-cli==0.1.0\n");

        List<DependencyChange> changes = ManifestDiff.changes(base, head);

        assertThat(changes).extracting(change -> change.type() + " " + change.dependency().location() + " "
                + change.dependency().normalisedName() + " " + change.previousVersion())
                .containsExactly("VERSION_CHANGED requirements.txt:2 flask ==3.0.2",
                        "ADDED requirements.txt:4 huggingface-cli null");
    }

    @Test
    void shouldIgnoreMovesRespellingsAndRemovals() {
        ManifestParseResult base = requirements("requests==2.31.0\nPyYAML==6.0.1\nsix==1.16.0\n");
        ManifestParseResult head = requirements("pyyaml==6.0.1\n\n\nrequests==2.31.0\n");

        assertThat(ManifestDiff.changes(base, head)).isEmpty();
    }

    @Test
    void shouldTreatEveryDependencyOfANewFileAsAdded() {
        ManifestParseResult head = requirements("a==1\nb==2\n");

        assertThat(ManifestDiff.changes(null, head)).extracting(DependencyChange::type)
                .containsExactly(DependencyChange.Type.ADDED, DependencyChange.Type.ADDED);
    }

    @Test
    void shouldCompareWithinOneEcosystemOnly() {
        Dependency npm = Dependency.of(Ecosystem.NPM, "left-pad", "1.3.0", null, "package.json", 3,
                DependencyKind.DIRECT, true, null);
        Dependency pypi = Dependency.of(Ecosystem.PYPI, "left-pad", "1.3.0", null, "requirements.txt", 1,
                DependencyKind.DIRECT, true, null);

        assertThat(ManifestDiff.changes(List.of(npm), List.of(npm, pypi))).singleElement()
                .satisfies(change -> assertThat(change.dependency().ecosystem()).isEqualTo(Ecosystem.PYPI));
    }
}
