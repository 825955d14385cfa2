package io.jenkins.plugins.aigov.engine.provenance;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.notes.Note;
import org.eclipse.jgit.notes.NoteMap;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

import io.jenkins.plugins.aigov.engine.model.Problem;

/**
 * The line-level records of a repository: git-ai notes under {@value #NOTES_REF} and Agent Trace records in
 * {@value #TRACE_FILE} at head. Read once per analysis.
 */
final class LineSources {
    static final String NOTES_REF = "refs/notes/ai";
    static final String TRACE_FILE = ".agent-trace/traces.jsonl";
    /** A note larger than this is not read (git-ai notes are a few KiB). */
    static final int MAX_NOTE = 4 << 20;
    /** A trace file larger than this is not read. */
    static final long MAX_TRACE_FILE = 256L << 20;

    private final Repository repository;
    private final NoteMap notes;
    private final AgentTraces traces;
    private boolean partial;

    private LineSources(final Repository repository, final NoteMap notes, final AgentTraces traces,
            final boolean partial) {
        this.repository = repository;
        this.notes = notes;
        this.traces = traces;
        this.partial = partial;
    }

    static LineSources load(final Repository repository, final ObjectId head, final List<Problem> problems)
            throws IOException {
        boolean partial = false;
        NoteMap notes = null;
        Ref ref = repository.exactRef(NOTES_REF);
        if (ref != null) {
            try (RevWalk walk = new RevWalk(repository)) {
                notes = NoteMap.read(walk.getObjectReader(), walk.parseCommit(ref.getObjectId()));
            }
            catch (IOException | RuntimeException e) {
                problems.add(new Problem(NOTES_REF, "cannot read the notes (" + e.getMessage() + "); ignored"));
                partial = true;
            }
        }
        AgentTraces traces = null;
        try (RevWalk revWalk = new RevWalk(repository);
                TreeWalk walk = TreeWalk.forPath(repository, TRACE_FILE, revWalk.parseTree(head))) {
            if (walk != null) {
                ObjectLoader loader = repository.open(walk.getObjectId(0));
                if (loader.getSize() > MAX_TRACE_FILE) {
                    problems.add(new Problem(TRACE_FILE, "larger than " + (MAX_TRACE_FILE >> 20)
                            + " MiB; not read"));
                    partial = true;
                }
                else {
                    try (Reader reader = new InputStreamReader(loader.openStream(), StandardCharsets.UTF_8)) {
                        traces = AgentTraces.parse(reader, TRACE_FILE);
                    }
                    problems.addAll(traces.problems());
                    partial |= !traces.problems().isEmpty();
                }
            }
        }
        return new LineSources(repository, notes, traces, partial);
    }

    /** The line-level records for one commit: the git-ai note first, then Agent Trace. */
    List<LineAttribution> forCommit(final String commitId, final List<Problem> problems) throws IOException {
        List<LineAttribution> result = new ArrayList<>(2);
        if (notes != null) {
            Note note = notes.getNote(ObjectId.fromString(commitId));
            if (note != null) {
                readNote(commitId, note, problems, result);
            }
        }
        if (traces != null) {
            traces.forRevision(commitId).ifPresent(result::add);
        }
        return result;
    }

    private void readNote(final String commitId, final Note note, final List<Problem> problems,
            final List<LineAttribution> result) throws IOException {
        String where = NOTES_REF + "@" + commitId.substring(0, 12);
        try (ObjectReader reader = repository.newObjectReader()) {
            ObjectLoader loader = reader.open(note.getData());
            if (loader.getSize() > MAX_NOTE) {
                problems.add(new Problem(where, "note larger than " + (MAX_NOTE >> 20) + " MiB; ignored"));
                partial = true;
                return;
            }
            String text = new String(loader.getCachedBytes(MAX_NOTE), StandardCharsets.UTF_8);
            result.add(GitAiNotes.parse(text, where));
        }
        catch (ProvenanceFormatException e) {
            problems.add(new Problem(e.where() + ":" + e.line(), stripWhere(e) + "; note ignored"));
            partial = true;
        }
    }

    private static String stripWhere(final ProvenanceFormatException e) {
        String prefix = e.where() + ":" + e.line() + ": ";
        String message = e.getMessage();
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    boolean partial() {
        return partial;
    }
}
