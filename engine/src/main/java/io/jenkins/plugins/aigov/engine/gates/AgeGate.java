package io.jenkins.plugins.aigov.engine.gates;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.jenkins.plugins.aigov.engine.dependencies.registry.LookupOutcome;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageLookup;
import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Severity;

/**
 * {@code dependency-age}: a package first published fewer than {@code packageMinAgeDays} ago is high (a name
 * registered to catch hallucinations or typos is young); a pinned version published fewer than
 * {@code versionMinAgeDays} ago is medium (a hijacked release is usually found within days). A threshold of 0 turns
 * its rule off. Ranges pin no version, so only the package's age applies to them.
 */
final class AgeGate {
    private final FindingFactory factory;
    private final FixHints hints;
    private final Clock clock;
    private final int packageMinAgeDays;
    private final int versionMinAgeDays;

    AgeGate(final FindingFactory factory, final FixHints hints, final Clock clock, final GatePolicy policy) {
        this.factory = factory;
        this.hints = hints;
        this.clock = clock;
        this.packageMinAgeDays = policy.packageMinAgeDays();
        this.versionMinAgeDays = policy.versionMinAgeDays();
    }

    /** The findings for one checked dependency: none, the package's, the version's, or both. */
    List<Finding> check(final DependencyCheck check) {
        PackageLookup lookup = check.lookup();
        List<Finding> findings = new ArrayList<>();
        if (lookup == null || lookup.outcome() != LookupOutcome.FOUND) {
            return findings;
        }
        Instant now = clock.instant();
        String what = Text.describe(check.dependency());
        if (isYoung(lookup.packageCreated(), packageMinAgeDays, now)
                && !factory.disabled(GateIds.DEPENDENCY_AGE, GateIds.NEW_PACKAGE)) {
            long days = ageDays(lookup.packageCreated(), now);
            findings.add(factory.dependency(GateIds.DEPENDENCY_AGE, GateIds.NEW_PACKAGE, Severity.HIGH,
                    check.dependency(), check.change(), lookup,
                    what + " was first published " + ago(days) + " (" + lookup.packageCreated() + "), less than the "
                            + Text.days(packageMinAgeDays) + " the policy asks",
                    hints.didYouMean(check.dependency()) + "Check that this is the package you meant (publisher,"
                            + " source repository, downloads) before depending on a brand-new name.",
                    Map.of("ageDays", String.valueOf(days), "minAgeDays", String.valueOf(packageMinAgeDays))));
        }
        if (lookup.query().version() != null && isYoung(lookup.versionPublished(), versionMinAgeDays, now)
                && !factory.disabled(GateIds.DEPENDENCY_AGE, GateIds.NEW_VERSION)) {
            long days = ageDays(lookup.versionPublished(), now);
            findings.add(factory.dependency(GateIds.DEPENDENCY_AGE, GateIds.NEW_VERSION, Severity.MEDIUM,
                    check.dependency(), check.change(), lookup,
                    "version " + lookup.query().version() + " of " + what + " was published " + ago(days) + " ("
                            + lookup.versionPublished() + "), less than the " + Text.days(versionMinAgeDays)
                            + " the policy asks",
                    "Stay on the previous version until this one is " + Text.days(versionMinAgeDays)
                            + " old, or review what changed in it.",
                    Map.of("ageDays", String.valueOf(days), "minAgeDays", String.valueOf(versionMinAgeDays))));
        }
        return findings;
    }

    private static boolean isYoung(final Instant published, final int minDays, final Instant now) {
        return minDays > 0 && published != null && published.isAfter(now.minus(Duration.ofDays(minDays)));
    }

    private static long ageDays(final Instant published, final Instant now) {
        return Math.max(0, Duration.between(published, now).toDays());
    }

    private static String ago(final long days) {
        return days == 0 ? "today (less than a day ago)" : Text.days(days) + " ago";
    }
}
