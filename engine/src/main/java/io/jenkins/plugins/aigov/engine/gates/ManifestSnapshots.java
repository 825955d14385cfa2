package io.jenkins.plugins.aigov.engine.gates;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jgit.revwalk.RevCommit;

import io.jenkins.plugins.aigov.engine.dependencies.Dependency;
import io.jenkins.plugins.aigov.engine.dependencies.DependencyChange;
import io.jenkins.plugins.aigov.engine.dependencies.ManifestDiff;
import io.jenkins.plugins.aigov.engine.dependencies.ManifestParseResult;
import io.jenkins.plugins.aigov.engine.dependencies.Manifests;
import io.jenkins.plugins.aigov.engine.model.Problem;

/**
 * Reads manifests from git at base and head and finds the dependencies to check. With scope {@code changed} only
 * the manifests that changed in the range are read, plus what they may include (files in the same folder, a
 * {@code requirements/} folder, Gradle version catalogs in {@code gradle/} folders above); with scope {@code all}
 * or without a base every manifest at head is read (vendored folders skipped).
 */
final class ManifestSnapshots {
    private ManifestSnapshots() {
    }

    /**
     * The dependencies to check and every dependency read at head.
     *
     * @param checks the dependencies to check with their change ({@code added}, {@code changed}, {@code existing})
     * @param atHead every dependency of the manifests read at head (for typosquat comparisons and imports)
     * @param files  the manifest paths read
     */
    record Collected(List<Candidate> checks, List<Dependency> atHead, List<String> files) {
    }

    /** A dependency to check. */
    record Candidate(Dependency dependency, String change) {
    }

    /** Only what the range changed: proportional to the change. */
    static Collected changed(final GitTrees git, final RevCommit base, final RevCommit head,
            final List<Problem> problems) throws IOException {
        List<String> changed = git.changedPaths(base, head, Manifests::isManifest).stream()
                .filter(path -> !VendoredFolders.isInside(path)).toList();
        if (changed.isEmpty()) {
            return new Collected(List.of(), List.of(), List.of());
        }
        List<String> paths = withIncludes(git, head, base, changed);
        List<Dependency> before = dependencies(git, base, paths, new ArrayList<>());
        List<Dependency> after = dependencies(git, head, paths, problems);
        List<Candidate> checks = new ArrayList<>();
        for (DependencyChange change : ManifestDiff.changes(before, after)) {
            checks.add(new Candidate(change.dependency(), label(change.type())));
        }
        return new Collected(checks, after, changed);
    }

    /** Everything at head; with a base, what the range added or changed is labelled so. */
    static Collected all(final GitTrees git, final RevCommit base, final RevCommit head,
            final List<Problem> problems) throws IOException {
        List<String> paths = git.paths(head, Manifests::isManifest);
        List<Dependency> after = dependencies(git, head, paths, problems);
        Map<Dependency, String> labels = new LinkedHashMap<>();
        if (base == null) {
            after.forEach(dependency -> labels.put(dependency, "added"));
        }
        else {
            List<String> atBase = git.paths(base, Manifests::isManifest);
            List<Dependency> before = dependencies(git, base, atBase, new ArrayList<>());
            after.forEach(dependency -> labels.put(dependency, "existing"));
            for (DependencyChange change : ManifestDiff.changes(before, after)) {
                labels.put(change.dependency(), label(change.type()));
            }
        }
        List<Candidate> checks = new ArrayList<>();
        labels.forEach((dependency, label) -> checks.add(new Candidate(dependency, label)));
        return new Collected(checks, after, paths);
    }

    private static String label(final DependencyChange.Type type) {
        return type == DependencyChange.Type.ADDED ? "added" : "changed";
    }

    /** The changed manifests plus the files next to them that they may include. */
    private static List<String> withIncludes(final GitTrees git, final RevCommit head, final RevCommit base,
            final List<String> changed) throws IOException {
        Set<String> folders = new LinkedHashSet<>();
        for (String path : changed) {
            String folder = folderOf(path);
            folders.add(folder);
            folders.add(join(folder, "requirements"));
            for (String up = folder; ; up = folderOf(up)) {
                folders.add(join(up, "gradle"));
                if (up.isEmpty()) {
                    break;
                }
            }
        }
        Set<String> paths = new LinkedHashSet<>(changed);
        for (RevCommit commit : new RevCommit[] {head, base}) {
            for (String folder : folders) {
                git.filesIn(commit, folder).stream().filter(ManifestSnapshots::mayBeRead).forEach(paths::add);
            }
        }
        return List.copyOf(paths);
    }

    private static boolean mayBeRead(final String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return Manifests.isManifest(path) || lower.endsWith(".txt") || lower.endsWith(".in");
    }

    private static List<Dependency> dependencies(final GitTrees git, final RevCommit commit,
            final List<String> paths, final List<Problem> problems) throws IOException {
        Map<String, byte[]> files = git.read(commit, paths, problems);
        Set<String> seen = new LinkedHashSet<>();
        List<Dependency> dependencies = new ArrayList<>();
        for (ManifestParseResult result : Manifests.parseAll(files).values()) {
            result.problems().forEach(problem -> problems.add(new Problem(problem.where() + " (at "
                    + commit.abbreviate(12).name() + ")", problem.message())));
            for (Dependency dependency : result.dependencies()) {
                if (seen.add(dependency.location() + "\u0000" + dependency.ecosystem() + dependency.normalisedName())) {
                    dependencies.add(dependency);
                }
            }
        }
        return dependencies;
    }

    private static String folderOf(final String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static String join(final String folder, final String name) {
        return folder.isEmpty() ? name : folder + "/" + name;
    }
}
