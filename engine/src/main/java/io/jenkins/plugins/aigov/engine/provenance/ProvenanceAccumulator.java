package io.jenkins.plugins.aigov.engine.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;

import io.jenkins.plugins.aigov.engine.model.OriginCounts;
import io.jenkins.plugins.aigov.engine.model.Problem;

/**
 * Collects commits and per-file deltas during the walk and builds the immutable result at the end.
 */
final class ProvenanceAccumulator {
    private final List<CommitProvenance> commits = new ArrayList<>();
    private final Map<String, FileAccumulator> files = new HashMap<>();

    /** One file's running totals. */
    private static final class FileAccumulator {
        private OriginCounts added = OriginCounts.ZERO;
        private boolean binary;
        private final Set<String> agents = new TreeSet<>();
        private final Set<String> models = new TreeSet<>();
        private final Set<String> commits = new LinkedHashSet<>();
    }

    void add(final CommitProvenance commit, final CommitDiffer.Diff diff) {
        commits.add(commit);
        for (CommitDiffer.FileDelta delta : diff.files()) {
            FileAccumulator file = files.computeIfAbsent(delta.path(), path -> new FileAccumulator());
            file.added = file.added.plus(delta.added());
            file.binary |= delta.binary();
            file.agents.addAll(delta.agents());
            file.models.addAll(delta.models());
            file.commits.add(commit.id());
        }
    }

    ProvenanceResult finish(final Repository repository, final ObjectId head, final RangeInfo range,
            final List<Problem> problems, final boolean partial) throws IOException {
        Map<String, HeadBlob> blobs = headBlobs(repository, head);
        List<FileProvenance> fileResults = new ArrayList<>(files.size());
        for (Map.Entry<String, FileAccumulator> entry : new TreeMap<>(files).entrySet()) {
            FileAccumulator file = entry.getValue();
            HeadBlob blob = blobs.get(entry.getKey());
            fileResults.add(new FileProvenance(entry.getKey(), file.added, blob == null ? null : blob.sha256(),
                    blob == null ? -1 : blob.size(), file.binary, List.copyOf(file.agents),
                    List.copyOf(file.models), List.copyOf(file.commits)));
        }
        return new ProvenanceResult(ProvenanceResult.SCHEMA_VERSION, range, commits, fileResults,
                totals(fileResults), PolicyRules.check(commits), problems, partial);
    }

    private ProvenanceTotals totals(final List<FileProvenance> fileResults) {
        OriginCounts commitCounts = OriginCounts.ZERO;
        OriginCounts lineCounts = OriginCounts.ZERO;
        Map<String, Long> commitsByAgent = new TreeMap<>();
        Map<String, Long> commitsByModel = new TreeMap<>();
        Map<String, Long> linesByAgent = new TreeMap<>();
        Map<String, Long> linesByModel = new TreeMap<>();
        for (CommitProvenance commit : commits) {
            commitCounts = commitCounts.plus(commit.origin(), 1);
            lineCounts = lineCounts.plus(commit.addedLines());
            if (commit.origin().isAi()) {
                count(commitsByAgent, commit.agent(), 1);
                count(commitsByModel, commit.model(), 1);
            }
            count(linesByAgent, commit.agent(), commit.addedLines().ai());
            count(linesByModel, commit.model(), commit.addedLines().ai());
        }
        int aiFiles = (int) fileResults.stream().filter(FileProvenance::isAiTouched).count();
        return new ProvenanceTotals(commitCounts, lineCounts, commitsByAgent, commitsByModel, linesByAgent,
                linesByModel, aiFiles);
    }

    private static void count(final Map<String, Long> counts, final String key, final long amount) {
        if (key != null && amount > 0) {
            counts.merge(key, amount, Long::sum);
        }
    }

    private record HeadBlob(String sha256, long size) {
    }

    /** SHA-256 and size at head of every AI-touched file that still exists there, streamed. */
    private Map<String, HeadBlob> headBlobs(final Repository repository, final ObjectId head) throws IOException {
        List<String> wanted = new ArrayList<>();
        files.forEach((path, file) -> {
            if (file.added.ai() > 0 || !file.agents.isEmpty()) {
                wanted.add(path);
            }
        });
        Map<String, HeadBlob> result = new HashMap<>();
        if (wanted.isEmpty()) {
            return result;
        }
        // one reader for all: its delta base cache serves the next file's delta chain
        try (RevWalk walk = new RevWalk(repository);
                TreeWalk tree = new TreeWalk(repository, walk.getObjectReader())) {
            tree.addTree(walk.parseTree(head));
            tree.setRecursive(true);
            tree.setFilter(PathFilterGroup.createFromStrings(wanted));
            while (tree.next()) {
                if (tree.getFileMode(0).getObjectType() != org.eclipse.jgit.lib.Constants.OBJ_BLOB
                        || tree.getFileMode(0) == FileMode.GITLINK) {
                    continue;
                }
                ObjectLoader loader = tree.getObjectReader().open(tree.getObjectId(0));
                result.put(tree.getPathString(), new HeadBlob(sha256(loader), loader.getSize()));
            }
        }
        return result;
    }

    private static String sha256(final ObjectLoader loader) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = loader.openStream()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
