package io.jenkins.plugins.aigov.engine.gates;

import java.util.Map;

import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Severity;

/**
 * {@code watchlist}: a name on the policy's watchlist or the bundled list of known hallucinated and malicious
 * names is critical, whatever the registries say (a removed name may have been registered again).
 */
final class WatchlistGate {
    private final FindingFactory factory;
    private final FixHints hints;
    private final Watchlist watchlist;

    WatchlistGate(final FindingFactory factory, final FixHints hints, final Watchlist watchlist) {
        this.factory = factory;
        this.hints = hints;
        this.watchlist = watchlist;
    }

    /** The finding for one checked dependency, or {@code null}. */
    Finding check(final DependencyCheck check) {
        String source = watchlist.sourceOf(check.dependency().ecosystem(), check.dependency().name());
        if (source == null || factory.disabled(GateIds.WATCHLIST, GateIds.WATCHLISTED_NAME)) {
            return null;
        }
        String list = Watchlist.POLICY.equals(source) ? "the policy's watchlist"
                : "the bundled list of known hallucinated and malicious names";
        return factory.dependency(GateIds.WATCHLIST, GateIds.WATCHLISTED_NAME, Severity.CRITICAL, check.dependency(),
                check.change(), check.lookup(), Text.describe(check.dependency()) + " is on " + list,
                hints.didYouMean(check.dependency()) + "Remove it and check the machine that installed it.",
                Map.of("watchlist", source));
    }
}
