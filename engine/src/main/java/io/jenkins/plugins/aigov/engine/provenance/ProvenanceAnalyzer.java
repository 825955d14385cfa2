package io.jenkins.plugins.aigov.engine.provenance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

import io.jenkins.plugins.aigov.engine.GovernanceException;
import io.jenkins.plugins.aigov.engine.git.GitRepositories;
import io.jenkins.plugins.aigov.engine.model.Problem;

/**
 * Runs one provenance analysis: opens the repository, resolves the range, walks it once and hands each commit to
 * {@link CommitDiffer} and the {@link CommitClassifier}, then totals what it found.
 */
final class ProvenanceAnalyzer {
    private final Path directory;
    private final String base;
    private final String head;
    private final int maxCommits;
    private final MarkerRules markerRules;
    private final boolean toleratesMissingBase;

    ProvenanceAnalyzer(final Path directory, final String base, final String head, final int maxCommits,
            final MarkerRules markerRules, final boolean toleratesMissingBase) {
        this.directory = directory;
        this.base = base;
        this.head = head;
        this.maxCommits = maxCommits;
        this.markerRules = markerRules;
        this.toleratesMissingBase = toleratesMissingBase;
    }

    ProvenanceReport analyze() throws GovernanceException {
        try (Repository repository = GitRepositories.open(directory)) {
            return analyze(repository);
        }
        catch (IOException e) {
            throw new GovernanceException("cannot read the git repository in " + directory + ": " + e.getMessage(),
                    e);
        }
    }

    private ProvenanceReport analyze(final Repository repository) throws IOException, GovernanceException {
        List<Problem> problems = new ArrayList<>();
        boolean partial = false;
        ObjectId headId = resolve(repository, head, "head");
        ObjectId baseId = null;
        if (base != null) {
            baseId = resolveOptional(repository, base);
            if (baseId == null) {
                if (isShallow(repository)) {
                    problems.add(new Problem("base " + base, "not in this shallow clone; analysed the history that"
                            + " is present (fetch more history, e.g. git fetch --unshallow, for a complete result)"));
                    partial = true;
                }
                else if (toleratesMissingBase) {
                    problems.add(new Problem("base " + base, "not in this repository (history rewritten or never"
                            + " fetched); analysed the history up to the cap instead"));
                    partial = true;
                }
                else {
                    throw new GovernanceException("unknown revision '" + base + "' (base) in " + directory, true);
                }
            }
        }
        LineSources lineSources = LineSources.load(repository, headId, problems);
        CommitClassifier classifier = CommitClassifier.withDefaults(markerRules);
        Set<ObjectId> shallow = repository.getObjectDatabase().getShallowCommits();
        List<ClassifiedCommit> classified = new ArrayList<>();
        List<CommitDiffer.Diff> diffs = List.of();
        boolean capped = false;
        try (RevWalk walk = new RevWalk(repository); ParallelDiffs differ = new ParallelDiffs(repository)) {
            walk.markStart(walk.parseCommit(headId));
            if (baseId != null) {
                walk.markUninteresting(walk.parseCommit(baseId));
            }
            for (RevCommit commit : walk) {
                if (classified.size() == maxCommits) {
                    capped = true;
                    break;
                }
                ClassifiedCommit next = classify(commit, classifier, lineSources, shallow.contains(commit),
                        problems);
                partial |= next.shallowBoundary();
                classified.add(next);
                differ.add(next);
            }
            diffs = differ.finish(problems);
        }
        catch (MissingObjectException e) {
            problems.add(new Problem("history", "object missing (" + e.getMessage()
                    + "); the walk stopped there, is this a shallow clone?"));
            partial = true;
        }
        ProvenanceAccumulator accumulator = new ProvenanceAccumulator();
        for (int i = 0; i < diffs.size(); i++) {
            if (diffs.get(i) == null) {
                partial = true;
                continue;
            }
            accumulator.add(classified.get(i).toProvenance(diffs.get(i)), diffs.get(i));
        }
        if (capped) {
            problems.add(new Problem("range", String.format(Locale.ROOT,
                    "more than %d commits; analysed the newest %d (raise maxCommits or give a base)", maxCommits,
                    maxCommits)));
        }
        partial |= lineSources.partial();
        RangeInfo range = new RangeInfo(base, head, baseId == null ? null : baseId.name(), headId.name(), capped,
                maxCommits);
        ProvenanceResult result = accumulator.finish(repository, headId, range, problems, partial);
        return new ProvenanceReport(result, ProvenanceLog.lines(result));
    }

    private static ClassifiedCommit classify(final RevCommit commit, final CommitClassifier classifier,
            final LineSources lineSources, final boolean shallowBoundary, final List<Problem> problems)
            throws IOException {
        if (shallowBoundary) {
            problems.add(new Problem("commit " + commit.name(), "shallow-clone boundary: its parent was not fetched,"
                    + " so its added lines are not counted (fetch more history for a complete result)"));
        }
        RawCommit raw = RawCommits.of(commit);
        List<LineAttribution> attributions = lineSources.forCommit(commit.name(), problems);
        return new ClassifiedCommit(commit, raw, attributions, classifier.classify(raw, attributions),
                shallowBoundary);
    }

    private ObjectId resolve(final Repository repository, final String rev, final String what)
            throws IOException, GovernanceException {
        ObjectId id;
        try {
            id = repository.resolve(rev + "^{commit}");
        }
        catch (org.eclipse.jgit.errors.RevisionSyntaxException e) {
            throw new GovernanceException("invalid revision '" + rev + "' (" + what + "): " + e.getMessage(), true);
        }
        if (id == null) {
            if (repository.resolve(org.eclipse.jgit.lib.Constants.HEAD) == null && "HEAD".equals(rev)) {
                throw new GovernanceException("the repository in " + directory + " has no commits yet", true);
            }
            throw new GovernanceException("unknown revision '" + rev + "' (" + what + ") in " + directory, true);
        }
        return id;
    }

    /** Resolves a revision that may legitimately be absent (a base outside a shallow clone). */
    private static ObjectId resolveOptional(final Repository repository, final String rev) throws IOException {
        try {
            return repository.resolve(rev + "^{commit}");
        }
        catch (MissingObjectException e) {
            return null;
        }
    }

    private static boolean isShallow(final Repository repository) {
        return Files.exists(repository.getDirectory().toPath().resolve("shallow"));
    }
}
