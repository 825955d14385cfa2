package io.jenkins.plugins.aigov.provenance;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.kohsuke.stapler.StaplerResponse2;

import io.jenkins.plugins.aigov.engine.report.ReportFiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The report page's model and its downloads. */
class ProvenanceViewModelTest {
    @TempDir
    Path workspace;
    @TempDir
    Path buildDir;

    private ProvenanceViewModel model;

    @BeforeEach
    void record() throws Exception {
        ProvenanceOutcome outcome = ProvenanceFixture.analyse(workspace);
        FakeRun run = new FakeRun(buildDir.toFile(), 5);
        new ProvenanceRecorder(run, new FakeListener()).record(outcome);
        model = (ProvenanceViewModel) run.getAction(ProvenanceAction.class).getTarget();
    }

    @Test
    void shouldListTheCommitsNewestFirstWithTheirEvidence() {
        assertThat(model.isDetailAvailable()).isTrue();
        assertThat(model.getCommits()).extracting(CommitRow::getSubject)
                .containsExactly("Fix a typo", "Add the parser", "Initial import");
        CommitRow assisted = model.getCommits().get(1);
        assertThat(assisted.getOrigin()).isEqualTo("AI-assisted");
        assertThat(assisted.getShortId()).hasSize(12);
        assertThat(assisted.getConfidence()).endsWith(" %");
        assertThat(assisted.getEvidence()).anySatisfy(e -> assertThat(e).contains("Co-Authored-By"));
        assertThat(assisted.getOwner()).contains("dana@example.com");
    }

    @Test
    void shouldListTheFilesWithLinesByOrigin() {
        assertThat(model.getFiles()).extracting(FileRow::getPath).containsExactly("README.md", "src/Parser.java");
        FileRow parser = model.getFiles().get(1);
        assertThat(parser.getAiAssisted()).isEqualTo(5);
        assertThat(parser.getSha256()).matches("[0-9a-f]{64}");
        FileRow readme = model.getFiles().get(0);
        assertThat(readme.getAiGenerated() + readme.getAiAssisted()).isZero();
        assertThat(readme.getHuman() + readme.getUnknown()).isEqualTo(5);
    }

    @Test
    void shouldShowTheRangeAndTheSummary() {
        assertThat(model.getRange()).startsWith("(whole history) .. ");
        assertThat(model.isCapped()).isFalse();
        assertThat(model.getSummary().getCommits()).isEqualTo(3);
        assertThat(model.getProblems()).isEmpty();
        assertThat(model.getPolicyFindings()).allSatisfy(f -> assertThat(f.getRuleId()).isNotBlank());
        assertThat(model.getApi().bean).isInstanceOf(ProvenanceAction.class);
    }

    @Test
    void shouldServeTheJsonDocumentAsAnAttachment() throws Exception {
        RecordingResponse response = new RecordingResponse();

        model.doJson(response.proxy());

        assertThat(response.headers).containsEntry("Content-Type", "application/json;charset=UTF-8")
                .containsEntry("Content-Disposition", "attachment; filename=\"ai-provenance.json\"")
                .containsEntry("X-Content-Type-Options", "nosniff");
        assertThat(response.body()).isEqualTo(Files.readString(buildDir.resolve(ReportFiles.PROVENANCE_JSON)));
    }

    @Test
    void shouldServeTheStatementAsJsonLines() throws Exception {
        RecordingResponse response = new RecordingResponse();

        model.doStatement(response.proxy());

        assertThat(response.headers).containsEntry("Content-Type", "application/x-ndjson;charset=UTF-8");
        assertThat(response.body()).isEqualTo(
                Files.readString(buildDir.resolve(ReportFiles.PROVENANCE_STATEMENT)));
    }

    @Test
    void shouldAnswerNotFoundWhenTheFileIsGone() throws Exception {
        Files.delete(buildDir.resolve(ReportFiles.PROVENANCE_STATEMENT));
        RecordingResponse response = new RecordingResponse();

        model.doStatement(response.proxy());

        assertThat(response.status).isEqualTo(404);
        assertThat(response.body()).isEmpty();
    }

    /** Records what a web method does to the response (a dynamic proxy: the servlet API is an interface). */
    private static final class RecordingResponse {
        private final Map<String, String> headers = new HashMap<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private int status = 200;

        StaplerResponse2 proxy() {
            return (StaplerResponse2) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {StaplerResponse2.class}, (self, method, args) -> {
                        switch (method.getName()) {
                            case "setContentType" -> headers.put("Content-Type", (String) args[0]);
                            case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                            case "sendError" -> status = (Integer) args[0];
                            case "getOutputStream" -> {
                                return new ServletOutputStream() {
                                    @Override
                                    public void write(final int b) {
                                        bytes.write(b);
                                    }

                                    @Override
                                    public void write(final byte[] b, final int off, final int len) {
                                        bytes.write(b, off, len);
                                    }

                                    @Override
                                    public boolean isReady() {
                                        return true;
                                    }

                                    @Override
                                    public void setWriteListener(final WriteListener listener) {
                                        // blocking writes only
                                    }
                                };
                            }
                            default -> {
                                // other calls (content length) are not recorded
                            }
                        }
                        return null;
                    });
        }

        String body() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
