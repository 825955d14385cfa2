package io.jenkins.plugins.aigov.engine.scan;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.aigov.engine.model.Finding;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall on realistic files: safe look-alikes give nothing, vulnerable files give exactly the
 * expected rule ids.
 */
class CorpusTest {
    private final Scanner scanner = new Scanner(RuleSet.builtIn());

    @Test
    void shouldFindNothingInTheSafeCorpus() throws Exception {
        ScanResult result = scanner.scanTree(corpus("safe"));

        assertThat(result.findings()).isEmpty();
        assertThat(result.problems()).isEmpty();
        assertThat(result.filesScanned()).isGreaterThanOrEqualTo(9);
    }

    @Test
    void shouldFindExactlyTheExpectedRulesInTheVulnerableCorpus() throws Exception {
        ScanResult result = scanner.scanTree(corpus("vulnerable"));
        List<String> expected = Files.readAllLines(corpus("expected-findings.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).sorted().toList();

        List<String> actual = result.findings().stream().map(CorpusTest::key).sorted().toList();

        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(result.problems()).isEmpty();
    }

    private static String key(final Finding finding) {
        return finding.file() + ":" + finding.line() + ":" + finding.ruleId();
    }

    static Path corpus(final String name) throws URISyntaxException, IOException {
        return Path.of(CorpusTest.class.getResource("corpus/" + name).toURI());
    }
}
