package io.jenkins.plugins.aigov.engine.gates;

import java.io.Serializable;
import java.util.Set;

import io.jenkins.plugins.aigov.engine.model.OutagePolicy;
import io.jenkins.plugins.aigov.engine.model.Severity;

/**
 * What a Jenkinsfile (or a CLI option) asks of the policy. Every field is optional ({@code null}: keep the
 * admin's value). It may only tighten the admin's policy; see {@link GatePolicy#tightenedBy}.
 *
 * @param failOn            fail at or above this severity
 * @param unstableOn        unstable at or above this severity
 * @param aiFailOn          fail at or above this severity when the finding is on an AI-written line
 * @param packageMinAgeDays a package first published fewer days ago is flagged
 * @param versionMinAgeDays a version published fewer days ago is flagged
 * @param outagePolicy      what an unverifiable check means
 * @param scope             changed lines / dependencies only, or everything
 * @param watchlist         extra names that are always flagged ({@code ecosystem:name} or {@code name})
 */
public record PolicyRequest(Severity failOn, Severity unstableOn, Severity aiFailOn, Integer packageMinAgeDays,
        Integer versionMinAgeDays, OutagePolicy outagePolicy, Scope scope, Set<String> watchlist)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Nothing asked. */
    public static final PolicyRequest NONE = new PolicyRequest(null, null, null, null, null, null, null, Set.of());

    /** Canonical constructor: copies the watchlist. */
    public PolicyRequest {
        watchlist = watchlist == null ? Set.of() : Set.copyOf(watchlist);
    }
}
