package io.jenkins.plugins.aigov.engine.provenance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.testing.GitFixture;

import static io.jenkins.plugins.aigov.engine.testing.GitFixture.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache the diffs of one walk share: each object read once, bounded by bytes.
 */
class DiffCacheTest {
    private static final ObjectId A = ObjectId.fromString("0123456789012345678901234567890123456789");
    private static final ObjectId B = ObjectId.fromString("1234567890123456789012345678901234567890");
    private static final ObjectId C = ObjectId.fromString("2345678901234567890123456789012345678901");

    @TempDir
    Path tmp;

    /** A text source that counts its reads; {@code null} (binary) for {@link #C}. */
    private static final class Texts implements DiffCache.TextSource {
        private final List<AnyObjectId> reads = new ArrayList<>();

        @Override
        public RawText text(final AnyObjectId id) {
            reads.add(id.copy());
            return id.equals(C) ? null : new RawText(("text of " + id.name() + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void shouldReadEachTextOnceAndRememberBinaryFiles() throws IOException {
        DiffCache cache = new DiffCache(1 << 20);
        Texts texts = new Texts();

        RawText first = cache.text(A, texts);
        RawText again = cache.text(A.copy(), texts);
        RawText binary = cache.text(C, texts);
        RawText binaryAgain = cache.text(C, texts);

        assertThat(again).isSameAs(first);
        assertThat(first.getString(0)).isEqualTo("text of " + A.name());
        assertThat(binary).isNull();
        assertThat(binaryAgain).isNull();
        assertThat(texts.reads).containsExactly(A, C);
    }

    @Test
    void shouldDropTheLeastRecentlyUsedWhenFull() throws IOException {
        // room for two texts of 49 bytes, one line each, and their entries' overhead
        DiffCache cache = new DiffCache(2 * (49 + 4 + 64));
        Texts texts = new Texts();

        cache.text(A, texts);
        cache.text(B, texts);
        cache.text(A, texts);
        cache.text(C, texts);
        cache.text(A, texts);
        cache.text(B, texts);

        assertThat(texts.reads).containsExactly(A, B, C, B);
    }

    @Test
    void shouldServeTreesFromTheCacheToEveryReader() throws IOException {
        try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
            repo.write("src/main/App.java", "class App {}\n");
            RevCommit commit = repo.commit("Add App", person("Dana Developer", "dana@example.com"));
            DiffCache cache = new DiffCache(1 << 20);
            List<AnyObjectId> opened = new ArrayList<>();

            try (ObjectReader one = cache.trees(counting(repo.repository().newObjectReader(), opened));
                    ObjectReader two = cache.trees(counting(repo.repository().newObjectReader(), opened))) {
                CanonicalTreeParser first = new CanonicalTreeParser();
                first.reset(one, commit.getTree());
                CanonicalTreeParser second = new CanonicalTreeParser();
                second.reset(two, commit.getTree());
                ObjectId src = first.getEntryObjectId();
                ObjectLoader untyped = two.open(src, ObjectReader.OBJ_ANY);

                assertThat(first.getEntryPathString()).isEqualTo("src");
                assertThat(second.getEntryPathString()).isEqualTo("src");
                assertThat(second.getEntryObjectId()).isEqualTo(src);
                assertThat(untyped.getType()).isEqualTo(Constants.OBJ_TREE);
                // the root tree read once for both readers; an open without the tree type passes through
                assertThat(opened).containsExactly(commit.getTree(), src);
            }
        }
    }

    private static ObjectReader counting(final ObjectReader reader, final List<AnyObjectId> opened) {
        return new ObjectReader.Filter() {
            @Override
            protected ObjectReader delegate() {
                return reader;
            }

            @Override
            public ObjectLoader open(final AnyObjectId id, final int typeHint) throws IOException {
                opened.add(id.copy());
                return reader.open(id, typeHint);
            }
        };
    }
}
