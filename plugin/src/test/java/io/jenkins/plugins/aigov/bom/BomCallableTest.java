package io.jenkins.plugins.aigov.bom;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.RevisionRange;
import io.jenkins.plugins.aigov.engine.AiGovernance;
import io.jenkins.plugins.aigov.engine.bom.BuildContext;
import io.jenkins.plugins.aigov.engine.provenance.MarkerRules;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;
import io.jenkins.plugins.aigov.engine.testing.GitFixture;

import static org.assertj.core.api.Assertions.assertThat;

/** What travels between controller and agent survives Java serialization, as Remoting uses it. */
class BomCallableTest {
    @TempDir
    Path temp;

    @Test
    void shouldSendTheRequestAndReturnTheOutcomeThroughJavaSerialization() throws Exception {
        Path repo = temp.resolve("repo");
        try (GitFixture git = GitFixture.init(repo)) {
            git.write("a.txt", "a\n");
            git.commit("First\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>\n",
                    GitFixture.person("Dana", "dana@example.com"));
        }
        ProvenanceResult provenance = AiGovernance.provenance().repository(repo).call().result();
        BomRequest request = new BomRequest(RevisionRange.of(null, null, Map.of()), 100, MarkerRules.none(),
                provenance, null, "shop", null, null, "https://ci.example.com/job/shop/1/",
                new BuildContext("Jenkins", "linux-1", "commit-time", Map.of("build", "1")), "test", List.of());

        BomCallable callable = roundTrip(new BomCallable(request));
        BomOutcome outcome = roundTrip(callable.invoke(repo.toFile(), null));

        assertThat(outcome.serialNumber()).startsWith("urn:uuid:");
        assertThat(outcome.log()).contains("provenance taken from aiProvenance; no aiGates result to declare");
        assertThat(BomContent.read(outcome.bom()).files()).extracting(AiFileRow::getPath).isEqualTo(List.of("a.txt"));
        assertThat(request.toString()).contains("provenance from aiProvenance", "shop");
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(final T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
