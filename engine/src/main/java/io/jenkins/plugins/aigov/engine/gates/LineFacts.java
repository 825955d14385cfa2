package io.jenkins.plugins.aigov.engine.gates;

import java.io.IOException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.blame.BlameResult;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.revwalk.RevCommit;

import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Problem;
import io.jenkins.plugins.aigov.engine.provenance.CommitProvenance;
import io.jenkins.plugins.aigov.engine.provenance.FileProvenance;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;

/**
 * Whether a finding's line is new in the range and whether an AI wrote it. A line is new when the diff of its file
 * from base to head adds it (every line is new without a base). A new line in a file that no AI commit touched is
 * not AI-written; in an AI-touched file a blame at head names the commit that wrote the line, and its provenance
 * origin decides (a commit outside the analysed commits falls back to "AI-touched file, new line": AI-written). A
 * line that is not new predates the range: whether an AI wrote it is not known ({@code null}).
 */
final class LineFacts {
    private final GitTrees git;
    private final RevCommit base;
    private final RevCommit head;
    private final Set<String> aiFiles = new HashSet<>();
    private final Map<String, Boolean> commitIsAi = new HashMap<>();
    private final Map<String, BitSet> added = new HashMap<>();
    private final Map<String, BlameResult> blames = new HashMap<>();
    private final List<Problem> problems;

    LineFacts(final GitTrees git, final RevCommit base, final RevCommit head, final ProvenanceResult provenance,
            final List<Problem> problems) {
        this.git = git;
        this.base = base;
        this.head = head;
        this.problems = problems;
        for (FileProvenance file : provenance.files()) {
            if (file.isAiTouched()) {
                aiFiles.add(file.path());
            }
        }
        for (CommitProvenance commit : provenance.commits()) {
            commitIsAi.put(commit.id(), commit.origin().isAi());
        }
    }

    /** The finding with {@code aiWritten} and {@code newInRange} set where they can be known. */
    Finding apply(final Finding finding) {
        if (finding.file() == null || finding.line() < 1) {
            return finding;
        }
        try {
            boolean isNew = addedLines(finding.file()).get(finding.line());
            if (!isNew) {
                return finding.withLineFacts(null, false);
            }
            return finding.withLineFacts(aiWritten(finding.file(), finding.line()), true);
        }
        catch (IOException | GitAPIException e) {
            problems.add(new Problem(finding.file() + ":" + finding.line(), "cannot tell whether the line is new or"
                    + " AI-written: " + e.getMessage()));
            return finding;
        }
    }

    private Boolean aiWritten(final String path, final int line) throws GitAPIException {
        if (!aiFiles.contains(path)) {
            return false;
        }
        BlameResult blame = blames.get(path);
        if (blame == null && !blames.containsKey(path)) {
            blame = new Git(git.repository()).blame().setFilePath(path).setStartCommit(head).call();
            blames.put(path, blame);
        }
        if (blame == null || line > blame.getResultContents().size()) {
            return true;
        }
        RevCommit source = blame.getSourceCommit(line - 1);
        Boolean ai = source == null ? null : commitIsAi.get(source.name());
        return ai == null || ai;
    }

    private BitSet addedLines(final String path) throws IOException {
        BitSet lines = added.get(path);
        if (lines != null) {
            return lines;
        }
        byte[] after = git.read(head, List.of(path), problems).get(path);
        byte[] before = base == null ? null : git.read(base, List.of(path), problems).get(path);
        lines = new BitSet();
        RawText headText = new RawText(after == null ? new byte[0] : after);
        if (before == null) {
            lines.set(1, headText.size() + 1);
        }
        else {
            RawText baseText = new RawText(before);
            for (Edit edit : DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
                    .diff(RawTextComparator.DEFAULT, baseText, headText)) {
                lines.set(edit.getBeginB() + 1, edit.getEndB() + 1);
            }
        }
        added.put(path, lines);
        return lines;
    }
}
