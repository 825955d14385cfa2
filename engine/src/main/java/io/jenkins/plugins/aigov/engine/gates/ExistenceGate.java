package io.jenkins.plugins.aigov.engine.gates;

import java.util.HashMap;
import java.util.Map;

import io.jenkins.plugins.aigov.engine.dependencies.Dependency;
import io.jenkins.plugins.aigov.engine.dependencies.registry.PackageLookup;
import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Severity;

/**
 * {@code dependency-existence}: a package that no configured registry holds is critical, a version that none holds
 * is high, an unpublished or security-holding package is critical. An {@code UNVERIFIED} answer is never a finding
 * here: it is an outage, which the decision handles by the outage policy.
 */
final class ExistenceGate {
    private final FindingFactory factory;
    private final FixHints hints;

    ExistenceGate(final FindingFactory factory, final FixHints hints) {
        this.factory = factory;
        this.hints = hints;
    }

    /** The finding for one checked dependency, or {@code null}. */
    Finding check(final DependencyCheck check) {
        PackageLookup lookup = check.lookup();
        if (lookup == null) {
            return null;
        }
        Dependency dependency = check.dependency();
        String what = Text.describe(dependency);
        return switch (lookup.outcome()) {
            case PACKAGE_MISSING -> create(GateIds.PACKAGE_MISSING, Severity.CRITICAL, check,
                    what + " does not exist in any configured registry (" + Text.asked(lookup)
                            + "): an invented (hallucinated) or mistyped name",
                    hints.didYouMean(dependency) + "Remove it or use the real package's name; if the package is"
                            + " internal, add the registry that holds it to the configuration.");
            case VERSION_MISSING -> create(GateIds.VERSION_MISSING, Severity.HIGH, check,
                    what + " has no version " + lookup.query().version() + " in any configured registry"
                            + (lookup.latestVersion() == null ? "" : " (latest: " + lookup.latestVersion() + ")"),
                    "Use a published version" + (lookup.latestVersion() == null ? "."
                            : ", e.g. " + lookup.latestVersion() + "."));
            case UNPUBLISHED -> create(GateIds.PACKAGE_UNPUBLISHED, Severity.CRITICAL, check,
                    what + " was taken down by its registry (unpublished, or replaced by a security holding package): "
                            + lookup.reason(),
                    hints.didYouMean(dependency) + "Remove it; a removed package is often a removed malicious one.");
            default -> null;
        };
    }

    private Finding create(final String ruleId, final Severity severity, final DependencyCheck check,
            final String message, final String fixHint) {
        if (factory.disabled(GateIds.DEPENDENCY_EXISTENCE, ruleId)) {
            return null;
        }
        Map<String, String> extra = new HashMap<>();
        String closest = hints.closest(check.dependency());
        if (closest != null) {
            extra.put("closestPackage", closest);
        }
        return factory.dependency(GateIds.DEPENDENCY_EXISTENCE, ruleId, severity, check.dependency(), check.change(),
                check.lookup(), message, fixHint, extra);
    }
}
