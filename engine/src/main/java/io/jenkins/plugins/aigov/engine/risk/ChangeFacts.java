package io.jenkins.plugins.aigov.engine.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.jenkins.plugins.aigov.engine.model.OriginCounts;
import io.jenkins.plugins.aigov.engine.provenance.CommitProvenance;
import io.jenkins.plugins.aigov.engine.provenance.FileProvenance;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;

/**
 * The facts of a change that the model scores, derived from provenance: lines by origin, deleted lines, the changed
 * paths with whether an AI commit changed them and their sensitive categories.
 *
 * @param known        whether provenance was given
 * @param addedLines   added lines by origin
 * @param deletedLines deleted lines
 * @param paths        the changed paths, sorted
 */
record ChangeFacts(boolean known, OriginCounts addedLines, long deletedLines, List<ChangedPath> paths) {

    static ChangeFacts of(final ProvenanceResult provenance, final SensitivePaths sensitive) {
        if (provenance == null) {
            return new ChangeFacts(false, OriginCounts.ZERO, 0, List.of());
        }
        Set<String> aiCommits = provenance.commits().stream().filter(commit -> commit.origin().isAi())
                .map(CommitProvenance::id).collect(Collectors.toSet());
        long deleted = provenance.commits().stream().mapToLong(CommitProvenance::deletedLines).sum();
        List<ChangedPath> paths = new ArrayList<>();
        for (FileProvenance file : provenance.files()) {
            boolean byAi = file.isAiTouched() || file.commits().stream().anyMatch(aiCommits::contains);
            paths.add(new ChangedPath(file.path(), file.commits(), byAi, sensitive.categoriesOf(file.path())));
        }
        paths.sort((a, b) -> a.path().compareTo(b.path()));
        return new ChangeFacts(true, provenance.totals().addedLines(), deleted, List.copyOf(paths));
    }

    /** The changed paths in a category. */
    List<ChangedPath> in(final SensitiveCategory category) {
        return paths.stream().filter(path -> path.categories().contains(category)).toList();
    }

    /** The changed paths in a category that an AI commit changed. */
    List<ChangedPath> changedByAi(final SensitiveCategory category) {
        return in(category).stream().filter(ChangedPath::byAi).toList();
    }

    /** Up to three paths, then {@code and N more}. */
    static String names(final List<ChangedPath> paths) {
        String shown = paths.stream().limit(3).map(ChangedPath::path).collect(Collectors.joining(", "));
        return paths.size() > 3 ? shown + " and " + (paths.size() - 3) + " more" : shown;
    }
}
