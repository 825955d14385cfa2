package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Combines the answers of an ecosystem's registries: a registry that found the package wins; otherwise any
 * registry without a definite answer makes the whole answer unverified; otherwise the most specific definite
 * answer wins (unpublished, then version missing, then package missing).
 */
final class Verdicts {
    private static final List<LookupOutcome> PRECEDENCE = List.of(LookupOutcome.FOUND, LookupOutcome.UNVERIFIED,
            LookupOutcome.UNPUBLISHED, LookupOutcome.VERSION_MISSING, LookupOutcome.PACKAGE_MISSING);

    private Verdicts() {
    }

    static PackageLookup combine(final PackageQuery query, final List<RegistryConfig> registries,
            final List<RegistryAnswer> answers) {
        List<LookupEvidence> evidence = new ArrayList<>();
        answers.forEach(answer -> evidence.addAll(answer.evidence()));
        for (LookupOutcome outcome : PRECEDENCE) {
            for (int i = 0; i < answers.size(); i++) {
                RegistryAnswer answer = answers.get(i);
                if (answer.outcome() != outcome) {
                    continue;
                }
                if (outcome == LookupOutcome.UNVERIFIED) {
                    return PackageLookup.unverified(query, unverifiedReason(registries, answers), evidence);
                }
                return new PackageLookup(query, outcome, reason(registries.get(i), answer, answers.size()),
                        registries.get(i).name(), answer.created(), answer.versionPublished(), answer.latest(),
                        answer.deprecated(), answer.deprecationMessage(), answer.versionCount(), evidence);
            }
        }
        throw new IllegalStateException("no answer for " + query);
    }

    private static String reason(final RegistryConfig registry, final RegistryAnswer answer, final int asked) {
        String who = asked > 1 && answer.outcome() != LookupOutcome.FOUND ? "all " + asked + " registries"
                : registry.name();
        return who + ": " + answer.detail();
    }

    private static String unverifiedReason(final List<RegistryConfig> registries,
            final List<RegistryAnswer> answers) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).outcome() == LookupOutcome.UNVERIFIED) {
                parts.add(registries.get(i).name() + ": " + answers.get(i).detail());
            }
        }
        return parts.stream().collect(Collectors.joining("; "));
    }
}
