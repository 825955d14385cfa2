package io.jenkins.plugins.aigov.engine.provenance;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * The trees and file texts the diffs of one walk share. The walk goes newest first, so what a commit's diff reads
 * as its "before" side (the parent's trees, the previous version of each changed file) is the "after" side of a
 * diff that runs soon after. Reading, inflating and splitting each object into lines once instead of twice saves
 * about a sixth of the CPU time of a run on the benchmark repository (docs/benchmarks.md: a {@code git
 * fast-import} pack, whose deltas run from old to new, so that reading a version means applying a chain of
 * deltas). Thread-safe and bounded by bytes: the least recently used entries go first.
 */
final class DiffCache {
    /**
     * The most bytes held, unless the heap is small. A version is read again, as the "after" side, when the walk
     * reaches the commit before the next change of its file: on a repository of 10,000 commits of 1-4 changed files
     * among 200, 4 MiB already keep almost all of them until then.
     */
    static final long MAX_BYTES = 8L << 20;
    /** Stands for a file that is binary or too large: no text. */
    private static final Object NO_TEXT = new Object();
    private static final int ENTRY_OVERHEAD = 64;

    private final long limit;
    private final Map<ObjectId, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    private record Entry(Object value, long weight) {
    }

    DiffCache() {
        this(Math.min(MAX_BYTES, Runtime.getRuntime().maxMemory() / 32));
    }

    DiffCache(final long limit) {
        this.limit = limit;
    }

    /** A reader over {@code reader} that serves trees from this cache; closing it closes {@code reader}. */
    ObjectReader trees(final ObjectReader reader) {
        return new TreeReader(reader, this);
    }

    /** A file's text, read and parsed once: {@code null} when {@code read} says it is binary or too large. */
    RawText text(final AnyObjectId id, final TextSource read) throws IOException {
        Object cached = get(id);
        if (cached == null) {
            RawText text = read.text(id);
            cached = text == null ? NO_TEXT : text;
            put(id, cached, text == null ? 0 : text.getRawContent().length + 4L * text.size());
        }
        return cached == NO_TEXT ? null : (RawText) cached;
    }

    /** Reads a file's text; {@code null} for binary content or a file too large to diff. */
    @FunctionalInterface
    interface TextSource {
        RawText text(AnyObjectId id) throws IOException;
    }

    private synchronized Object get(final AnyObjectId id) {
        Entry entry = entries.get(id);
        return entry == null ? null : entry.value();
    }

    private synchronized void put(final AnyObjectId id, final Object value, final long size) {
        long weight = size + ENTRY_OVERHEAD;
        if (weight > limit) {
            return;
        }
        Entry previous = entries.put(id.copy(), new Entry(value, weight));
        bytes += weight - (previous == null ? 0 : previous.weight());
        for (Iterator<Entry> eldest = entries.values().iterator(); bytes > limit && eldest.hasNext();) {
            bytes -= eldest.next().weight();
            eldest.remove();
        }
    }

    /** Opens trees through the cache and everything else directly. */
    private static final class TreeReader extends ObjectReader.Filter {
        private final ObjectReader reader;
        private final DiffCache cache;

        TreeReader(final ObjectReader reader, final DiffCache cache) {
            this.reader = reader;
            this.cache = cache;
        }

        @Override
        protected ObjectReader delegate() {
            return reader;
        }

        @Override
        public ObjectLoader open(final AnyObjectId id, final int typeHint) throws IOException {
            if (typeHint != Constants.OBJ_TREE) {
                return reader.open(id, typeHint);
            }
            Object cached = cache.get(id);
            byte[] tree;
            if (cached instanceof byte[] raw) {
                tree = raw;
            }
            else {
                tree = reader.open(id, typeHint).getCachedBytes();
                cache.put(id, tree, tree.length);
            }
            return new ObjectLoader.SmallObject(Constants.OBJ_TREE, tree);
        }
    }
}
