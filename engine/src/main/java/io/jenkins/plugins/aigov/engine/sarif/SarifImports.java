package io.jenkins.plugins.aigov.engine.sarif;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import io.jenkins.plugins.aigov.engine.model.Problem;
import io.jenkins.plugins.aigov.engine.scan.Glob;

/**
 * Finds the SARIF files of a step by a glob relative to the repository root ({@code **}{@code /*.sarif},
 * {@code build/reports/*.sarif}; the syntax of {@link Glob}) and reads each with a {@link SarifReader}. The walk
 * never follows links and skips {@code .git}; a matching symbolic link that leads out of the repository is refused
 * with a problem. No matching file is a problem too: the scanner that should have written one may not have run.
 */
public final class SarifImports {
    /** At most this many files are read per glob. */
    public static final int MAX_FILES = 1000;

    private SarifImports() {
    }

    /** Every file matching the glob, read with a default reader for this repository, as one import. */
    public static SarifImport collect(final Path repoRoot, final String glob) {
        return collect(repoRoot, glob, new SarifReader(repoRoot));
    }

    /** Every file matching the glob, read with this reader, as one import (source: the glob). */
    public static SarifImport collect(final Path repoRoot, final String glob, final SarifReader reader) {
        List<Problem> problems = new ArrayList<>();
        Glob pattern;
        try {
            pattern = Glob.of(glob);
        }
        catch (IllegalArgumentException e) {
            return SarifImport.failed(String.valueOf(glob), new Problem("sarif", "empty glob; nothing read"));
        }
        Path root = repoRoot.toAbsolutePath().normalize();
        TreeMap<String, Path> matches = new TreeMap<>();
        try {
            Path realRoot = root.toRealPath();
            Path start = root.resolve(literalPrefix(glob)).normalize();
            if (start.startsWith(root) && Files.isDirectory(start)) {
                Files.walkFileTree(start, new Finder(root, realRoot, pattern, matches, problems));
            }
        }
        catch (IOException e) {
            problems.add(new Problem(glob, "cannot list the files of " + root + ": " + e.getMessage()));
        }
        if (matches.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(glob, "no SARIF file matches; did the scanner run?"));
        }
        List<SarifImport> parts = new ArrayList<>();
        for (var entry : matches.entrySet()) {
            if (parts.size() == MAX_FILES) {
                problems.add(new Problem(glob, "more than " + MAX_FILES + " files match; the rest is not read"));
                break;
            }
            parts.add(reader.read(entry.getValue(), entry.getKey()));
        }
        return SarifImport.merge(glob, parts, problems);
    }

    /** The folders of the glob before its first wildcard, where the walk can start. */
    static String literalPrefix(final String glob) {
        String[] parts = glob.strip().replace('\\', '/').split("/");
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].contains("*") || parts[i].contains("?") || "..".equals(parts[i])) {
                break;
            }
            prefix.append(parts[i]).append('/');
        }
        return prefix.toString();
    }

    /** Collects matching regular files, refusing links that leave the root. */
    private static final class Finder extends SimpleFileVisitor<Path> {
        private final Path root;
        private final Path realRoot;
        private final Glob glob;
        private final TreeMap<String, Path> matches;
        private final List<Problem> problems;

        Finder(final Path root, final Path realRoot, final Glob glob, final TreeMap<String, Path> matches,
                final List<Problem> problems) {
            this.root = root;
            this.realRoot = realRoot;
            this.glob = glob;
            this.matches = matches;
            this.problems = problems;
        }

        @Override
        public FileVisitResult preVisitDirectory(final Path dir, final BasicFileAttributes attrs) {
            return dir.getFileName() != null && ".git".equals(dir.getFileName().toString())
                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(final Path file, final BasicFileAttributes attrs) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            if (!glob.matches(relative)) {
                return FileVisitResult.CONTINUE;
            }
            if (!attrs.isSymbolicLink()) {
                if (attrs.isRegularFile()) {
                    matches.put(relative, file);
                }
                return FileVisitResult.CONTINUE;
            }
            try {
                Path target = file.toRealPath();
                if (!target.startsWith(realRoot)) {
                    problems.add(new Problem(relative, "symbolic link leads out of the repository; not read"));
                }
                else if (Files.isRegularFile(target)) {
                    matches.put(relative, target);
                }
            }
            catch (IOException e) {
                problems.add(new Problem(relative, "broken symbolic link; not read"));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(final Path file, final IOException e) {
            problems.add(new Problem(root.relativize(file).toString().replace('\\', '/'), "cannot read: "
                    + e.getMessage()));
            return FileVisitResult.CONTINUE;
        }
    }
}
