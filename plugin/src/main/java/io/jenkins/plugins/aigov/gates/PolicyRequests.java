package io.jenkins.plugins.aigov.gates;

import io.jenkins.plugins.aigov.config.PolicyValues;
import io.jenkins.plugins.aigov.engine.gates.PolicyRequest;

/** The policy a Jenkinsfile asks for, from the step's parameters; the engine applies only what tightens. */
final class PolicyRequests {
    private PolicyRequests() {
    }

    /**
     * The request.
     *
     * @throws IllegalArgumentException naming the parameter and value that cannot be read
     */
    static PolicyRequest of(final AiGatesStep step) {
        return new PolicyRequest(PolicyValues.severity("failOn", step.getFailOn()),
                PolicyValues.severity("unstableOn", step.getUnstableOn()),
                PolicyValues.severity("aiFailOn", step.getAiFailOn()),
                step.getPackageMinAgeDays(), step.getVersionMinAgeDays(),
                PolicyValues.outagePolicy("outagePolicy", step.getOutagePolicy()),
                PolicyValues.scope("scope", step.getScope()),
                PolicyValues.names(step.getWatchlist()));
    }
}
