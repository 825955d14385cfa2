package io.jenkins.plugins.aigov.engine.sarif;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.model.Finding;

import static org.assertj.core.api.Assertions.assertThat;

class SarifRedactionTest {
    /** The fake secrets of the fixtures (AWS documentation style, never real keys). */
    private static final List<String> SECRETS = List.of("AKIAQ3EGRSXVJK4PLW7Z",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYFAKEKEY01", "Q3EGRSXVJK4PLW7Z", "K7MDENG/bPxRfiCYFAKEKEY01");

    @TempDir
    Path repo;

    @Test
    void shouldKeepGitleaksSecretsOutOfFindingsAndTheWrittenLog() throws Exception {
        SarifImport result = SarifFixtures.read("valid-gitleaks.sarif", repo);

        assertThat(result.problems()).isEmpty();
        assertThat(result.findings()).hasSize(2);
        Finding aws = result.findings().get(0);
        assertThat(aws.ruleId()).isEqualTo("gitleaks/aws-access-token");
        assertThat(aws.file()).isEqualTo("config/settings.py");
        assertThat(aws.line()).isEqualTo(12);
        assertThat(aws.snippet()).matches("AKIA…#sha256:[0-9a-f]{8}");
        Finding generic = result.findings().get(1);
        assertThat(generic.message()).startsWith("generic-api-key has detected secret wJal…#sha256:")
                .endsWith("for file deploy/values.yaml.");
        // no commit fields from partialFingerprints, which are blank: our own fingerprint
        assertThat(generic.fingerprint()).matches("gitleaks:[0-9a-f]{32}");

        String everything = result.toString() + result.findings().stream().map(f -> f.evidence().toString()
                + f.fingerprint() + f.message() + f.snippet()).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SarifWriter("1.0.0").write(result.findings(), result.problems(), true, out);
        String written = out.toString(StandardCharsets.UTF_8);
        for (String secret : SECRETS) {
            assertThat(everything).doesNotContain(secret);
            assertThat(written).doesNotContain(secret);
        }
        assertThat(everything).doesNotContain("dev@example.com");
    }

    @Test
    void shouldRedactSecretRulesOfOtherToolsAndSecretsInAnyMessage() throws IOException {
        SarifImport result = SarifFixtures.read("valid-semgrep.sarif", repo);

        Finding aws = result.findings().stream().filter(f -> f.ruleId().contains("detected-aws-access-key"))
                .findFirst().orElseThrow();
        assertThat(aws.cwe()).isEqualTo("CWE-798");
        assertThat(result.toString()).doesNotContain("AKIAQ3EGRSXVJK4PLW7Z");
        assertThat(SecretText.redact("token is AKIAQ3EGRSXVJK4PLW7Z here", List.of()))
                .doesNotContain("AKIAQ3EGRSXVJK4PLW7Z");
        assertThat(SecretText.redact("plain words only", List.of())).isEqualTo("plain words only");
    }
}
