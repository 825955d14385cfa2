package io.jenkins.plugins.aigov.engine.gates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jgit.revwalk.RevCommit;

import io.jenkins.plugins.aigov.engine.dependencies.Dependency;
import io.jenkins.plugins.aigov.engine.dependencies.ManifestParseResult;
import io.jenkins.plugins.aigov.engine.dependencies.Manifests;
import io.jenkins.plugins.aigov.engine.dependencies.SourceImports;
import io.jenkins.plugins.aigov.engine.model.Problem;

/**
 * The source files whose imports are checked (added or changed in the range; every one at head with scope
 * {@code all}), with what the import check needs to know about the whole project at head: the declared package
 * names and the names of the project's own modules. The whole tree at head is read only when there are such
 * files.
 *
 * @param texts        path → text of the source files
 * @param declared     {@code ECOSYSTEM:normalised-name} of every dependency declared at head
 * @param localModules top-level folder names and Python module names (file stems and package folders)
 */
record SourceFiles(Map<String, String> texts, Set<String> declared, Set<String> localModules) {

    static SourceFiles read(final GitTrees git, final RevCommit base, final RevCommit head, final boolean whole,
            final ManifestSnapshots.Collected collected, final List<Problem> problems) throws IOException {
        List<String> paths = whole ? git.paths(head, SourceImports::isSource)
                : git.changedPaths(base, head, SourceImports::isSource).stream()
                        .filter(path -> !VendoredFolders.isInside(path)).toList();
        if (paths.isEmpty()) {
            return new SourceFiles(Map.of(), Set.of(), Set.of());
        }
        Map<String, String> texts = new LinkedHashMap<>();
        git.read(head, paths, problems).forEach((path, bytes) -> texts.put(path,
                new String(bytes, StandardCharsets.UTF_8)));
        List<String> tree = git.paths(head, path -> true);
        List<Dependency> declared = whole ? collected.atHead() : declaredAtHead(git, head, tree);
        Set<String> names = new HashSet<>();
        declared.forEach(d -> names.add(d.ecosystem().name() + ":" + d.normalisedName()));
        return new SourceFiles(texts, names, localModules(tree));
    }

    private static List<Dependency> declaredAtHead(final GitTrees git, final RevCommit head, final List<String> tree)
            throws IOException {
        List<String> manifests = tree.stream().filter(Manifests::isManifest).toList();
        List<Dependency> dependencies = new ArrayList<>();
        for (ManifestParseResult result : Manifests.parseAll(git.read(head, manifests, new ArrayList<>())).values()) {
            dependencies.addAll(result.dependencies());
        }
        return dependencies;
    }

    private static Set<String> localModules(final List<String> tree) {
        Set<String> names = new HashSet<>();
        for (String path : tree) {
            String[] parts = path.split("/");
            if (parts.length > 1) {
                names.add(parts[0]);
            }
            if (path.endsWith(".py") || path.endsWith(".pyi")) {
                for (int i = 0; i < parts.length - 1; i++) {
                    names.add(parts[i]);
                }
                String file = parts[parts.length - 1];
                names.add(file.substring(0, file.lastIndexOf('.')));
            }
        }
        return names;
    }
}
