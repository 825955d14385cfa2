package io.jenkins.plugins.aigov.engine.sarif;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads the SARIF fixtures, with {@code __REPO_ROOT__} replaced by a test repository's absolute path. */
final class SarifFixtures {
    private SarifFixtures() {
    }

    static String text(final String name, final Path repoRoot) {
        try (InputStream in = SarifFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return repoRoot == null ? text : text.replace("__REPO_ROOT__", repoRoot.toAbsolutePath().toString());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a fixture into the repository under {@code path}. */
    static Path copy(final String name, final Path repoRoot, final String path) throws IOException {
        Path target = repoRoot.resolve(path);
        Files.createDirectories(target.getParent());
        Files.writeString(target, text(name, repoRoot));
        return target;
    }

    static SarifImport read(final String name, final Path repoRoot) throws IOException {
        return new SarifReader(repoRoot).read(copy(name, repoRoot, "reports/" + name), "reports/" + name);
    }
}
