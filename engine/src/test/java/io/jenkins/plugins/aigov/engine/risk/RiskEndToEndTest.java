package io.jenkins.plugins.aigov.engine.risk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.AiGovernance;
import io.jenkins.plugins.aigov.engine.model.Decision;
import io.jenkins.plugins.aigov.engine.model.Outcome;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;
import io.jenkins.plugins.aigov.engine.testing.GitFixture;

import static io.jenkins.plugins.aigov.engine.testing.GitFixture.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risk model over provenance computed from real repositories built with JGit.
 */
class RiskEndToEndTest {
    private static final PersonIdent DEV = person("Dana Developer", "dana@example.com");
    private static final String CLAUDE_FOOTER = "\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\n"
            + "Co-Authored-By: Claude <noreply@anthropic.com>\n";

    @TempDir
    Path tmp;

    private static String lines(final String prefix, final int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(prefix).append(i).append('\n');
        }
        return text.toString();
    }

    @Test
    void shouldAskForApprovalWhenAnAiCommitChangesAWorkflow() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
            repo.write("README.md", "hello\n");
            RevCommit base = repo.commit("Initial commit", DEV);
            repo.write("src/app/Service.java", lines("// human line ", 40));
            repo.commit("Add service", DEV);
            repo.write(".github/workflows/x.yml", "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n");
            repo.commit("Add CI workflow" + CLAUDE_FOOTER, DEV);

            ProvenanceResult provenance = AiGovernance.provenance().repository(repo.dir()).base(base.name()).call()
                    .result();
            RiskAssessment assessment = RiskModel.assess(RiskInput.of(provenance, List.of(), 0, List.of(),
                    RiskPolicy.defaults()));

            assertThat(assessment.hardRulesFired()).extracting(HardRuleHit::ruleId)
                    .containsExactly("ai-ci-change-needs-approval");
            assertThat(assessment.outcome()).isEqualTo(Outcome.APPROVAL);
            assertThat(assessment.contributions()).extracting(Contribution::reason).contains(
                    "AI wrote 9 % of 44 added lines (30 points at 100 %): +2.7",
                    "CI / pipeline config changed by an AI commit: .github/workflows/x.yml (8 x 1.5): +12.0");
            Decision decision = assessment.toDecision();
            assertThat(decision.explanation()).last().asString()
                    .isEqualTo("hard rule ai-ci-change-needs-approval -> APPROVAL: an AI commit changed CI / pipeline"
                            + " config: .github/workflows/x.yml");
        }
    }

    @Test
    void shouldPassWhenAHumanChangesTheJenkinsfile() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
            repo.write("README.md", "hello\n");
            RevCommit base = repo.commit("Initial commit", DEV);
            repo.write("Jenkinsfile", "pipeline { agent any\n stages { stage('b') { steps { sh 'make' } } } }\n");
            repo.commit("Build with make", DEV);

            ProvenanceResult provenance = AiGovernance.provenance().repository(repo.dir()).base(base.name()).call()
                    .result();
            List<String> log = new ArrayList<>();
            RiskPolicy policy = RiskPolicy.defaults().tightenedBy(RiskPolicyText.parseRequest(
                    "hard-rule.ai-ci-change-needs-approval = FAIL", "Jenkinsfile"), log);
            RiskAssessment assessment = RiskModel.assess(RiskInput.of(provenance, List.of(), 0, List.of(), policy));

            assertThat(assessment.hardRulesFired()).isEmpty();
            assertThat(assessment.outcome()).isEqualTo(Outcome.PASS);
            assertThat(assessment.tier()).isEqualTo(RiskTier.LOW);
            assertThat(log).isEmpty();
        }
    }
}
