package io.jenkins.plugins.aigov.engine.sarif;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.aigov.engine.model.Finding.Suppression;
import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Severity;
import io.jenkins.plugins.aigov.engine.scan.LineOriginLookup;

import static org.assertj.core.api.Assertions.assertThat;

class ImportedFindingsTest {
    private static Finding finding(final String file, final int line, final Suppression suppression) {
        return new Finding("external-sarif", "semgrep-oss/rule", Severity.HIGH, null, file, line, "m", null, null,
                "semgrep-oss:" + line, null, null, suppression, Map.of());
    }

    @Test
    void shouldMarkNewAndAiWrittenLines() {
        LineOriginLookup lookup = (path, line) -> line == 3 ? Boolean.TRUE : Boolean.FALSE;
        List<Finding> result = ImportedFindings.apply(List.of(finding("a.py", 3, null), finding("a.py", 9, null),
                finding("b.py", 3, null), finding(null, 0, null)), Map.of("a.py", Set.of(3)), lookup,
                FileSuppressions.NONE, null);

        assertThat(result).extracting(Finding::newInRange).containsExactly(true, false, false, null);
        assertThat(result).extracting(Finding::aiWritten).containsExactly(true, false, true, null);
    }

    @Test
    void shouldLeaveFactsUnknownWithoutRangeOrLookup() {
        List<Finding> result = ImportedFindings.apply(List.of(finding("a.py", 3, null)), null, null, null, null);

        assertThat(result.get(0).newInRange()).isNull();
        assertThat(result.get(0).aiWritten()).isNull();
    }

    @Test
    void shouldOfferUnsuppressedFindingsPerFileWithContent() {
        Suppression sarif = new Suppression("sarif:external", null, "accepted in triage", null, true, null);
        Suppression repo = new Suppression(".aigov/suppressions.yml", "alice", "enum input", null, true, null);
        List<String> seen = new ArrayList<>();
        FileSuppressions matcher = (path, findings, content) -> {
            seen.add(path + "=" + findings.size() + ":" + content);
            return findings.stream().map(f -> f.line() == 9 ? f.withSuppression(repo) : f).toList();
        };

        List<Finding> result = ImportedFindings.apply(List.of(finding("a.py", 3, sarif), finding("a.py", 9, null),
                finding("a.py", 12, null)), null, null, matcher, path -> "content of " + path);

        assertThat(seen).containsExactly("a.py=2:content of a.py");
        assertThat(result).extracting(Finding::suppression).containsExactly(sarif, repo, null);
    }
}
