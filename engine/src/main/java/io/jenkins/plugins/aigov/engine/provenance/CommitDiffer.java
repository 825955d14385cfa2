package io.jenkins.plugins.aigov.engine.provenance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.util.io.DisabledOutputStream;

import io.jenkins.plugins.aigov.engine.model.Origin;
import io.jenkins.plugins.aigov.engine.model.OriginCounts;

/**
 * Computes, once per commit, the lines it added per file and who wrote each of them.
 *
 * <p>Each added line takes the origin of the first line-level source (git-ai note, then Agent Trace) that has
 * a range for it. A line in a file that such a source covers but no range names is "untracked": it takes the
 * commit's own identity/trailer verdict if there is one, else {@link Origin#UNKNOWN}. A file no line-level source
 * covers takes the commit's verdict, except that a commit whose only evidence is line-level leaves such files
 * {@link Origin#UNKNOWN} (the tool recorded no AI lines there).
 *
 * <p>Merge commits are not diffed: the lines they bring in belong to the merged commits, which are in the range
 * too. Conflict resolutions made in a merge are therefore not counted (documented in docs/provenance.md).
 */
final class CommitDiffer implements AutoCloseable {
    /** Files larger than this are treated as binary: no lines counted. */
    static final int MAX_TEXT_FILE = 8 << 20;

    private final ObjectReader reader;
    private final DiffCache cache;
    private final DiffFormatter formatter;
    private final DiffAlgorithm algorithm = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM);

    /** A differ that shares {@code cache} with the other differs of the same walk. */
    CommitDiffer(final Repository repository, final DiffCache cache) {
        this.cache = cache;
        this.reader = cache.trees(repository.newObjectReader());
        this.formatter = new DiffFormatter(DisabledOutputStream.INSTANCE);
        formatter.setReader(reader, repository.getConfig());
        formatter.setDiffComparator(RawTextComparator.DEFAULT);
        formatter.setDetectRenames(true);
    }

    /** The lines one file gained in one commit. */
    record FileDelta(String path, OriginCounts added, long deleted, boolean binary, Set<String> agents,
            Set<String> models) {
    }

    /** The lines one commit added and deleted, per file. */
    record Diff(OriginCounts added, long deleted, List<FileDelta> files) {
        static final Diff NONE = new Diff(OriginCounts.ZERO, 0, List.of());
    }

    Diff diff(final RevCommit commit, final Classification classification, final List<LineAttribution> sources)
            throws IOException {
        if (commit.getParentCount() > 1) {
            return Diff.NONE;
        }
        List<DiffEntry> entries = formatter.scan(parentTree(commit), tree(commit.getTree()));
        Origin fallback = fallbackOrigin(classification, sources);
        OriginCounts added = OriginCounts.ZERO;
        long deleted = 0;
        List<FileDelta> files = new ArrayList<>(entries.size());
        for (DiffEntry entry : entries) {
            FileDelta delta = delta(entry, classification, sources, fallback);
            added = added.plus(delta.added());
            deleted += delta.deleted();
            files.add(delta);
        }
        return new Diff(added, deleted, files);
    }

    private FileDelta delta(final DiffEntry entry, final Classification classification,
            final List<LineAttribution> sources, final Origin fallback) throws IOException {
        boolean deletion = entry.getChangeType() == DiffEntry.ChangeType.DELETE;
        String path = deletion ? entry.getOldPath() : entry.getNewPath();
        Set<String> agents = new TreeSet<>();
        Set<String> models = new TreeSet<>();
        EditList edits = edits(entry);
        if (edits == null) {
            return new FileDelta(path, OriginCounts.ZERO, 0, true, agents, models);
        }
        OriginCounts added = OriginCounts.ZERO;
        long deleted = 0;
        boolean covered = !deletion && sources.stream().anyMatch(source -> source.covers(path));
        for (Edit edit : edits) {
            deleted += edit.getLengthA();
            if (!covered) {
                added = added.plus(fallback, edit.getLengthB());
                continue;
            }
            for (int line = edit.getBeginB() + 1; line <= edit.getEndB(); line++) {
                AttributedRange range = rangeOf(sources, path, line);
                if (range == null) {
                    added = added.plus(fallback, 1);
                }
                else {
                    added = added.plus(range.origin(), 1);
                    if (range.origin().isAi()) {
                        addIfPresent(agents, range.agent());
                        addIfPresent(models, range.model());
                    }
                }
            }
        }
        if (fallback.isAi() && added.get(fallback) > 0) {
            addIfPresent(agents, classification.agent());
            addIfPresent(models, classification.model());
        }
        return new FileDelta(path, added, deleted, false, agents, models);
    }

    /**
     * The edits of one file, computed directly (no patch text is formatted); {@code null} for binary content,
     * submodules and files over {@link #MAX_TEXT_FILE}. An added file needs no diff, only its line count.
     */
    private EditList edits(final DiffEntry entry) throws IOException {
        if (entry.getOldMode() == FileMode.GITLINK || entry.getNewMode() == FileMode.GITLINK) {
            return null;
        }
        switch (entry.getChangeType()) {
            case ADD -> {
                RawText text = text(entry.getNewId());
                return text == null ? null : single(new Edit(0, 0, 0, text.size()));
            }
            case DELETE -> {
                RawText text = text(entry.getOldId());
                return text == null ? null : single(new Edit(0, text.size(), 0, 0));
            }
            default -> {
                if (entry.getOldId().equals(entry.getNewId())) {
                    return new EditList();
                }
                RawText before = text(entry.getOldId());
                RawText after = before == null ? null : text(entry.getNewId());
                return after == null ? null : algorithm.diff(RawTextComparator.DEFAULT, before, after);
            }
        }
    }

    private static EditList single(final Edit edit) {
        EditList list = new EditList(1);
        if (!edit.isEmpty()) {
            list.add(edit);
        }
        return list;
    }

    private RawText text(final AbbreviatedObjectId id) throws IOException {
        return cache.text(id.toObjectId(), this::read);
    }

    private RawText read(final AnyObjectId id) throws IOException {
        ObjectLoader loader = reader.open(id, Constants.OBJ_BLOB);
        if (loader.getSize() > MAX_TEXT_FILE) {
            return null;
        }
        byte[] bytes = loader.getCachedBytes(MAX_TEXT_FILE);
        return RawText.isBinary(bytes) ? null : new RawText(bytes);
    }

    private static AttributedRange rangeOf(final List<LineAttribution> sources, final String path, final int line) {
        for (LineAttribution source : sources) {
            AttributedRange range = source.rangeOf(path, line);
            if (range != null) {
                return range;
            }
        }
        return null;
    }

    /** The origin of lines no line-level range names. */
    static Origin fallbackOrigin(final Classification classification, final List<LineAttribution> sources) {
        if (sources.isEmpty()) {
            return classification.origin();
        }
        Origin strongest = Origin.UNKNOWN;
        for (Evidence evidence : classification.evidence()) {
            if (isLineLevel(evidence.signal())) {
                continue;
            }
            if (evidence.implies() == Origin.AI_GENERATED) {
                return Origin.AI_GENERATED;
            }
            if (evidence.implies() == Origin.AI_ASSISTED) {
                strongest = Origin.AI_ASSISTED;
            }
        }
        return strongest;
    }

    static boolean isLineLevel(final String signal) {
        return "git-ai-note".equals(signal) || "agent-trace".equals(signal);
    }

    private static void addIfPresent(final Set<String> set, final String value) {
        if (value != null && !value.isBlank()) {
            set.add(value);
        }
    }

    private AbstractTreeIterator parentTree(final RevCommit commit) throws IOException {
        if (commit.getParentCount() == 0) {
            return new EmptyTreeIterator();
        }
        RevCommit parent = commit.getParent(0);
        if (parent.getTree() != null) {
            return tree(parent.getTree());
        }
        try (RevWalk walk = new RevWalk(reader)) {
            return tree(walk.parseCommit(parent).getTree());
        }
    }

    private CanonicalTreeParser tree(final RevTree tree) throws IOException {
        CanonicalTreeParser parser = new CanonicalTreeParser();
        parser.reset(reader, tree);
        return parser;
    }

    @Override
    public void close() {
        formatter.close();
        reader.close();
    }
}
