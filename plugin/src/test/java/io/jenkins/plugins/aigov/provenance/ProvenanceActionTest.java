package io.jenkins.plugins.aigov.provenance;

import java.nio.file.Files;
import java.nio.file.Path;

import com.thoughtworks.xstream.XStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.report.ReportFiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The build action: what goes into build.xml, and how the detail comes back from the run directory. */
class ProvenanceActionTest {
    @TempDir
    Path workspace;
    @TempDir
    Path buildDir;

    private FakeRun run;
    private ProvenanceAction action;

    @BeforeEach
    void record() throws Exception {
        ProvenanceOutcome outcome = ProvenanceFixture.analyse(workspace);
        run = new FakeRun(buildDir.toFile(), 3);
        new ProvenanceRecorder(run, new FakeListener()).record(outcome);
        action = run.getAction(ProvenanceAction.class);
    }

    @Test
    void shouldDescribeItselfAsALinkOfTheBuild() {
        assertThat(action.getUrlName()).isEqualTo("ai-provenance");
        assertThat(action.getDisplayName()).isEqualTo("AI Provenance");
        assertThat(action.getIconFileName()).startsWith("symbol-");
        assertThat(action.getTarget()).isInstanceOf(ProvenanceViewModel.class);
    }

    @Test
    void shouldExportTheSummaryForTheRemoteApi() {
        assertThat(action.getCommits()).isEqualTo(3);
        assertThat(action.getAiAssisted()).isEqualTo(1);
        assertThat(action.getAiGenerated() + action.getHuman() + action.getUnknown()).isEqualTo(2);
        assertThat(action.getAiSharePercent()).isEqualTo(action.getSummary().getAiSharePercent());
        assertThat(action.isPartial()).isFalse();
        assertThat(action.getTopAgent()).isEqualTo(action.getSummary().getTopAgent());
    }

    @Test
    void shouldLoadTheDetailOnlyWhenAPageNeedsIt() {
        assertThat(action.isResultLoaded()).isFalse();

        assertThat(action.getResult()).hasValueSatisfying(r -> assertThat(r.commits()).hasSize(3));

        assertThat(action.isResultLoaded()).isTrue();
        assertThat(action.getResult().orElseThrow()).isSameAs(action.getResult().orElseThrow());
    }

    @Test
    void shouldReportNoDetailWhenTheFileIsGone() throws Exception {
        Files.delete(buildDir.resolve(ReportFiles.PROVENANCE_JSON));

        assertThat(action.getResult()).isEmpty();
        assertThat(((ProvenanceViewModel) action.getTarget()).isDetailAvailable()).isFalse();
    }

    @Test
    void shouldKeepOnlyTheSummaryInBuildXml() {
        action.getResult();
        XStream xstream = new XStream();
        xstream.allowTypesByWildcard(new String[] {"io.jenkins.plugins.aigov.**"});

        String xml = xstream.toXML(action);

        assertThat(xml).contains("<summary>", "<commits>3</commits>", "<aiAssisted>1</aiAssisted>")
                .doesNotContain("Add the parser", "Initial import", "owner", "lock", "detail", "README.md");

        ProvenanceAction restored = (ProvenanceAction) xstream.fromXML(xml);
        assertThat(restored.getSummary().toMap()).isEqualTo(action.getSummary().toMap());
        assertThat(restored.getSummary().toSummary()).isEqualTo(action.getSummary().toSummary());

        restored.onLoad(run);
        assertThat(restored.isResultLoaded()).isFalse();
        assertThat(restored.getResult()).hasValueSatisfying(r -> assertThat(r.commits()).hasSize(3));
    }

    @Test
    void shouldReplaceTheActionOfAnEarlierCallInTheSameBuild() throws Exception {
        ProvenanceOutcome again = ProvenanceFixture.analyse(Files.createTempDirectory(workspace, "again"));

        new ProvenanceRecorder(run, new FakeListener()).record(again);

        assertThat(run.getActions(ProvenanceAction.class)).hasSize(1).doesNotContain(action);
    }
}
