package io.jenkins.plugins.aigov.engine.provenance;

import org.junit.jupiter.api.Test;

import static io.jenkins.plugins.aigov.engine.provenance.TestCommits.commit;
import static org.assertj.core.api.Assertions.assertThat;

class ReferenceExtractorTest {
    private final ReferenceExtractor extractor = ReferenceExtractor.withDefaults();

    @Test
    void shouldFindTaskReferencesAndTicketKeys() {
        RawCommit commit = commit("Jane", "jane@example.com", "PROJ-123: fix UTF-8 handling in SHA-256 path\n\n"
                + "See https://chatgpt.com/codex/tasks/task_e_68a1 for the run.\n\n"
                + "Fixes: #42, octo/app#7\nTask: https://jira.example.com/browse/PROJ-123\nRefs: see wiki\n");

        assertThat(extractor.references(commit)).containsExactly("#42", "octo/app#7",
                "https://jira.example.com/browse/PROJ-123", "see wiki", "https://chatgpt.com/codex/tasks/task_e_68a1",
                "PROJ-123");
    }

    @Test
    void shouldKeepHumanReviewersButNotTheAuthorsSignOffOrAi() {
        RawCommit commit = commit("Jane", "jane@example.com", "Fix\n\nSigned-off-by: Jane <jane@example.com>\n"
                + "Signed-off-by: Claude <noreply@anthropic.com>\nReviewed-by: Bob <bob@example.com>\n"
                + "Acked-by: Bob <BOB@example.com>\nApproved-by: Carol <carol@example.com>\n"
                + "Tested-by: Dan <dan@example.com>\nSigned-off-by: Max Maintainer <max@example.com>\n");

        assertThat(extractor.reviewers(commit)).containsExactly("Bob <bob@example.com>",
                "Carol <carol@example.com>", "Max Maintainer <max@example.com>");
    }
}
