package io.jenkins.plugins.aigov.engine.provenance;

import java.nio.file.Path;
import java.util.Objects;

import io.jenkins.plugins.aigov.engine.GovernanceException;

/**
 * Options of the provenance command. Not thread-safe; use once.
 */
public final class ProvenanceCommand {
    /** Default cap on the number of commits analysed when no base is given. */
    public static final int DEFAULT_MAX_COMMITS = 5000;

    private Path repository;
    private String base;
    private String head = "HEAD";
    private int maxCommits = DEFAULT_MAX_COMMITS;
    private MarkerRules markerRules = MarkerRules.none();
    private boolean toleratesMissingBase;

    /** The git repository: a work tree (or any folder inside one) or a bare repository. */
    public ProvenanceCommand repository(final Path dir) {
        this.repository = Objects.requireNonNull(dir, "repository");
        return this;
    }

    /** The base revision (excluded); {@code null} or blank means the whole history up to the cap. */
    public ProvenanceCommand base(final String rev) {
        this.base = rev == null || rev.isBlank() ? null : rev.strip();
        return this;
    }

    /** The head revision (included); default {@code HEAD}. */
    public ProvenanceCommand head(final String rev) {
        this.head = rev == null || rev.isBlank() ? "HEAD" : rev.strip();
        return this;
    }

    /** The most commits to analyse; the walk stops there with a message. */
    public ProvenanceCommand maxCommits(final int max) {
        if (max < 1) {
            throw new IllegalArgumentException("maxCommits must be at least 1, was " + max);
        }
        this.maxCommits = max;
        return this;
    }

    /** Admin-defined marker rules, in addition to the built-in agent signatures. */
    public ProvenanceCommand markerRules(final MarkerRules rules) {
        this.markerRules = Objects.requireNonNull(rules, "markerRules");
        return this;
    }

    /**
     * Whether a base that is not in the repository (history rewritten, or a build variable naming a commit this
     * clone never fetched) gives a partial result over the history up to the cap instead of a usage error. Meant
     * for bases a caller derived, not for ones a person typed.
     */
    public ProvenanceCommand toleratesMissingBase(final boolean tolerate) {
        this.toleratesMissingBase = tolerate;
        return this;
    }

    /** Runs the analysis. */
    public ProvenanceReport call() throws GovernanceException {
        if (repository == null) {
            throw new GovernanceException("no repository given", true);
        }
        return new ProvenanceAnalyzer(repository, base, head, maxCommits, markerRules, toleratesMissingBase).analyze();
    }
}
