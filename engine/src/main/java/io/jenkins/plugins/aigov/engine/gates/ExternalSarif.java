package io.jenkins.plugins.aigov.engine.gates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.jgit.revwalk.RevCommit;

import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Problem;
import io.jenkins.plugins.aigov.engine.sarif.ImportedFindings;
import io.jenkins.plugins.aigov.engine.sarif.SarifImport;
import io.jenkins.plugins.aigov.engine.sarif.SarifImports;
import io.jenkins.plugins.aigov.engine.scan.SuppressionFile;
import io.jenkins.plugins.aigov.engine.scan.Suppressor;

/**
 * The {@code external-sarif} gate: other scanners' SARIF files, found by a glob in the work tree, become findings
 * that go through the same suppressions (the repository file and inline comments in the file at head), line
 * facts and thresholds as ours.
 */
final class ExternalSarif {
    private ExternalSarif() {
    }

    static List<Finding> read(final Path workTree, final String glob, final GitTrees git, final RevCommit head,
            final SuppressionFile suppressions, final List<Problem> problems) {
        SarifImport imported = SarifImports.collect(workTree, glob);
        problems.addAll(imported.problems());
        Suppressor suppressor = new Suppressor(suppressions, LocalDate.now(ZoneOffset.UTC));
        return ImportedFindings.apply(imported.findings(), null, null,
                (path, findings, content) -> suppressor.apply(findings, content),
                path -> contentAtHead(git, head, path, problems));
    }

    private static String contentAtHead(final GitTrees git, final RevCommit head, final String path,
            final List<Problem> problems) {
        try {
            byte[] bytes = git.read(head, List.of(path), problems).get(path);
            return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
