package io.jenkins.plugins.aigov.engine.gates;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.AiGovernance;
import io.jenkins.plugins.aigov.engine.GovernanceException;
import io.jenkins.plugins.aigov.engine.model.OutagePolicy;
import io.jenkins.plugins.aigov.engine.model.Severity;
import io.jenkins.plugins.aigov.engine.testing.GitFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GatesCommandTest {
    @TempDir
    private Path dir;

    @Test
    void shouldTightenButNeverLoosenTheAdminPolicy() throws Exception {
        try (GitFixture repo = GitFixture.init(dir)) {
            repo.write("README.md", "# x\n");
            repo.commit("Initial commit", GitFixture.person("Dana", "dana@example.com"));
            GatePolicy admin = new GatePolicy(Severity.HIGH, Severity.MEDIUM, null, 90, 7, OutagePolicy.FAIL_CLOSED,
                    Scope.ALL, Set.of("npm:bad"), Set.of(), Map.of(), null);

            GatesReport report = AiGovernance.gates().repository(dir).policy(admin)
                    .request(new PolicyRequest(Severity.CRITICAL, Severity.LOW, null, 30, 14, OutagePolicy.FAIL_OPEN,
                            Scope.CHANGED, Set.of("pypi:worse"))).call();

            GatePolicy effective = report.result().policy();
            assertThat(effective.failOn()).isEqualTo(Severity.HIGH);
            assertThat(effective.unstableOn()).isEqualTo(Severity.LOW);
            assertThat(effective.packageMinAgeDays()).isEqualTo(90);
            assertThat(effective.versionMinAgeDays()).isEqualTo(14);
            assertThat(effective.outagePolicy()).isEqualTo(OutagePolicy.FAIL_CLOSED);
            assertThat(effective.scope()).isEqualTo(Scope.ALL);
            assertThat(effective.watchlist()).containsExactly("npm:bad", "pypi:worse");
            assertThat(report.log().get(0)).isEqualTo("AI gates: PASS - PASS: no findings");
            assertThat(report.log()).contains(
                    "AI gates: policy: ignored failOn critical: looser than the admin's high; a Jenkinsfile may only"
                            + " tighten the policy",
                    "AI gates: policy: ignored scope CHANGED: the admin's policy checks ALL and may only be tightened");
            assertThat(report.result().checks()).isEmpty();
        }
    }

    @Test
    void shouldRefuseSomethingThatIsNotARepository() {
        assertThatThrownBy(() -> AiGovernance.gates().repository(dir).call())
                .isInstanceOfSatisfying(GovernanceException.class, e -> assertThat(e.isUsageError()).isTrue());
    }
}
