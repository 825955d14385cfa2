package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The answer for one {@link PackageQuery}, combined over the ecosystem's registries.
 *
 * @param query              what was asked
 * @param outcome            the combined answer
 * @param reason             why, in a sentence (always set for {@link LookupOutcome#UNVERIFIED})
 * @param registry           the registry the facts below come from, or {@code null}
 * @param packageCreated     when the package was first published, or {@code null} if unknown
 * @param versionPublished   when the asked version was published, or {@code null} if unknown or not asked
 * @param latestVersion      the registry's latest version, or {@code null}
 * @param deprecated         whether the version (or the latest one, if none was asked) is deprecated or yanked
 * @param deprecationMessage the registry's message, or {@code null}
 * @param versionCount       how many versions the registry lists (0 if unknown)
 * @param evidence           one entry per registry asked, in order
 */
public record PackageLookup(PackageQuery query, LookupOutcome outcome, String reason, String registry,
        Instant packageCreated, Instant versionPublished, String latestVersion, boolean deprecated,
        String deprecationMessage, int versionCount, List<LookupEvidence> evidence) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Canonical constructor: copies the evidence. */
    public PackageLookup {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(outcome, "outcome");
        reason = reason == null ? "" : reason;
        evidence = List.copyOf(evidence);
    }

    /** An unverified answer without facts. */
    static PackageLookup unverified(final PackageQuery query, final String reason,
            final List<LookupEvidence> evidence) {
        return new PackageLookup(query, LookupOutcome.UNVERIFIED, reason, null, null, null, null, false, null, 0,
                evidence);
    }

    /** Whether the registries gave a definite answer. */
    public boolean isVerified() {
        return outcome != LookupOutcome.UNVERIFIED;
    }
}
