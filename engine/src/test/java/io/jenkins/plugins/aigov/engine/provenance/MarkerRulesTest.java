package io.jenkins.plugins.aigov.engine.provenance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.aigov.engine.model.Origin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarkerRulesTest {
    private static MarkerRules rules() throws ProvenanceFormatException {
        return MarkerRules.parse(TestCommits.fixture("valid-marker-rules.txt"), "valid-marker-rules.txt");
    }

    @Test
    void shouldParseRulesWithIdsByLine() throws ProvenanceFormatException {
        MarkerRules rules = rules();

        assertThat(rules.size()).isEqualTo(3);
        assertThat(MarkerRules.none().isEmpty()).isTrue();
        assertThat(MarkerRules.parse(null, null).isEmpty()).isTrue();
        RawCommit commit = TestCommits.commit("Jane", "jane@example.com", "[ai] Add x\n\nBody\n\nX-AI-Tool: acme 2\n");
        assertThat(rules.detect(commit)).containsExactly(
                new Evidence("marker-rule", "marker-2", "trailer X-AI-Tool", "X-AI-Tool: acme 2", true,
                        Origin.AI_ASSISTED, "acme-assist", null),
                new Evidence("marker-rule", "marker-5", "message", "[ai]", true, Origin.AI_ASSISTED, null, null));
    }

    @Test
    void shouldMatchIdentityOfAuthorAndCommitter() throws ProvenanceFormatException {
        RawCommit commit = TestCommits.commit("Jane", "jane@example.com", "ACME Agent", "ci-agent@acme.example",
                "Update deps", 1);

        List<Evidence> found = rules().detect(commit);

        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.ruleId()).isEqualTo("marker-3");
            assertThat(e.location()).isEqualTo("committer identity");
            assertThat(e.implies()).isEqualTo(Origin.AI_GENERATED);
            assertThat(e.agent()).isEqualTo("acme-agent");
            assertThat(e.spoofable()).isTrue();
        });
        assertThat(rules().detect(TestCommits.commit("Jane", "jane@example.com", "Plain change"))).isEmpty();
    }

    @Test
    void shouldReportEachErrorWithSourceAndLine() {
        assertError("trailer X-A\nfrobnicate X", 2, "unknown rule kind 'frobnicate'");
        assertError("# c\n\nmessage (unclosed", 3, "bad regex '(unclosed'");
        assertError("identity bot@x HUMAN", 1, "bad origin 'HUMAN'");
        assertError("trailer Bad:Key", 1, "bad trailer key 'Bad:Key'");
        assertError("message ok agent=Not_Valid!", 1, "bad agent id");
        assertError("trailer", 1, "needs a trailer key");
    }

    private static void assertError(final String text, final int line, final String message) {
        assertThatThrownBy(() -> MarkerRules.parse(text, "global configuration"))
                .isInstanceOfSatisfying(ProvenanceFormatException.class, e -> {
                    assertThat(e.where()).isEqualTo("global configuration");
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).startsWith("global configuration:" + line + ": ").contains(message);
                });
    }

    @Test
    void shouldSurviveSerializationAndStillMatch() throws Exception {
        MarkerRules rules = rules();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(rules);
        }
        MarkerRules copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (MarkerRules) in.readObject();
        }

        assertThat(copy).isEqualTo(rules);
        assertThat(copy.text()).isEqualTo(rules.text());
        RawCommit commit = TestCommits.commit("Jane", "jane@example.com", "Fix\n\nBody\n\nx-ai-tool: yes\n");
        assertThat(copy.detect(commit)).extracting(Evidence::ruleId).containsExactly("marker-2");
    }
}
