package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.jenkins.plugins.aigov.engine.dependencies.registry.LookupCache.Cached;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageFacts.VersionFacts;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageFacts.VersionProbe;

/** What one registry said about one query; {@link RegistryClient} combines these over the registries. */
record RegistryAnswer(LookupOutcome outcome, String detail, Instant created, Instant versionPublished,
        String latest, boolean deprecated, String deprecationMessage, int versionCount,
        List<LookupEvidence> evidence) {

    static RegistryAnswer unverified(final RegistryConfig registry, final RegistryUnavailableException e,
            final Instant now) {
        return new RegistryAnswer(LookupOutcome.UNVERIFIED, e.getMessage(), null, null, null, false, null, 0,
                List.of(new LookupEvidence(registry.name(), e.url(), e.httpStatus(), now, false,
                        LookupOutcome.UNVERIFIED, e.getMessage())));
    }

    /**
     * The answer from a package's facts.
     *
     * @param matched the key in {@code facts.versions()} that matches the asked version, or {@code null}
     * @param probe   the extra request for the version, or {@code null} if none was made
     */
    static RegistryAnswer of(final RegistryConfig registry, final Cached<PackageFacts> cached,
            final String asked, final String matched, final Cached<VersionProbe> probe) {
        PackageFacts facts = cached.value();
        List<LookupEvidence> evidence = new ArrayList<>();
        switch (facts.state()) {
            case MISSING -> {
                String detail = "the registry does not hold this package";
                if (probe != null && probe.value().exists()) {
                    return found(registry, cached, asked, matched, probe, evidence);
                }
                evidence.add(evidence(registry, cached, LookupOutcome.PACKAGE_MISSING, detail));
                addProbe(registry, probe, evidence, LookupOutcome.PACKAGE_MISSING);
                return new RegistryAnswer(LookupOutcome.PACKAGE_MISSING, detail, null, null, null, false, null, 0,
                        evidence);
            }
            case UNPUBLISHED -> {
                evidence.add(evidence(registry, cached, LookupOutcome.UNPUBLISHED, facts.note()));
                return new RegistryAnswer(LookupOutcome.UNPUBLISHED, facts.note(), facts.created(), null,
                        facts.latest(), false, null, facts.versions().size(), evidence);
            }
            default -> {
                return found(registry, cached, asked, matched, probe, evidence);
            }
        }
    }

    private static RegistryAnswer found(final RegistryConfig registry, final Cached<PackageFacts> cached,
            final String asked, final String matched, final Cached<VersionProbe> probe,
            final List<LookupEvidence> evidence) {
        PackageFacts facts = cached.value();
        Map<String, VersionFacts> versions = facts.versions();
        boolean versionExists = asked == null || matched != null || probe != null && probe.value().exists();
        LookupOutcome outcome = versionExists ? LookupOutcome.FOUND : LookupOutcome.VERSION_MISSING;
        VersionFacts version = versions.get(matched != null ? matched : asked == null ? facts.latest() : asked);
        Instant published = null;
        if (asked != null && versionExists) {
            published = version != null && version.published() != null ? version.published()
                    : probe != null ? probe.value().published() : null;
        }
        String deprecation = version == null ? null : version.deprecated();
        String detail = outcome == LookupOutcome.FOUND ? "found"
                : "the registry holds the package but not version " + asked;
        if (facts.note() != null) {
            detail += "; " + facts.note();
        }
        evidence.add(evidence(registry, cached, probe == null ? outcome
                : facts.state() == PackageFacts.State.MISSING ? LookupOutcome.PACKAGE_MISSING
                : LookupOutcome.FOUND, detail));
        addProbe(registry, probe, evidence, outcome);
        return new RegistryAnswer(outcome, detail, facts.created(), published, facts.latest(), deprecation != null,
                deprecation, versions.size(), evidence);
    }

    private static LookupEvidence evidence(final RegistryConfig registry, final Cached<PackageFacts> cached,
            final LookupOutcome outcome, final String detail) {
        PackageFacts facts = cached.value();
        return new LookupEvidence(registry.name(), facts.url(), facts.httpStatus(), facts.fetchedAt(),
                cached.fromDisk(), outcome, detail);
    }

    private static void addProbe(final RegistryConfig registry, final Cached<VersionProbe> probe,
            final List<LookupEvidence> evidence, final LookupOutcome outcome) {
        if (probe != null) {
            VersionProbe value = probe.value();
            evidence.add(new LookupEvidence(registry.name(), value.url(), value.httpStatus(), value.fetchedAt(),
                    probe.fromDisk(), outcome, !value.exists() ? "version not found"
                    : value.published() == null ? "version found; the answer carried no date (no Last-Modified)"
                    : "version found"));
        }
    }
}
