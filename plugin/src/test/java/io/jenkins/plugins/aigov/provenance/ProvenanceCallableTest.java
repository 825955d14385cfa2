package io.jenkins.plugins.aigov.provenance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;
import io.jenkins.plugins.aigov.engine.report.ProvenanceJson;

import static org.assertj.core.api.Assertions.assertThat;

/** The agent side: the engine runs next to the workspace and only a small outcome comes back. */
class ProvenanceCallableTest {
    @TempDir
    Path workspace;

    @Test
    void shouldRunTheEngineInTheWorkspaceAndRenderBothDocumentsThere() throws Exception {
        ProvenanceOutcome outcome = ProvenanceFixture.analyse(workspace);

        assertThat(outcome.summary().commits()).isEqualTo(3);
        assertThat(outcome.summary().aiAssisted()).isEqualTo(1);
        assertThat(outcome.log()).isNotEmpty();
        ProvenanceResult detail = ProvenanceJson.read(
                new ByteArrayInputStream(outcome.json().getBytes(StandardCharsets.UTF_8)));
        assertThat(detail.summary()).isEqualTo(outcome.summary());
        assertThat(outcome.statement()).contains("\"_type\"").doesNotContain("\n{");
    }

    @Test
    void shouldCrossTheChannelAsJavaSerialization() throws Exception {
        ProvenanceCallable callable = new ProvenanceCallable(
                ProvenanceFixture.request("trailer X-AI-Tool AI_GENERATED"));
        ProvenanceOutcome outcome = ProvenanceFixture.analyse(workspace);

        ProvenanceCallable callableCopy = roundTrip(callable);
        ProvenanceOutcome outcomeCopy = roundTrip(outcome);

        assertThat(callableCopy).isNotNull();
        assertThat(outcomeCopy).isEqualTo(outcome);
    }

    @SuppressWarnings("unchecked")
    static <T> T roundTrip(final T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
