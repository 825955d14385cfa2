package io.jenkins.plugins.aigov.gates;

import io.jenkins.plugins.aigov.engine.risk.RiskPolicyException;
import io.jenkins.plugins.aigov.engine.risk.RiskPolicyRequest;
import io.jenkins.plugins.aigov.engine.risk.RiskPolicyText;

/** The risk policy a Jenkinsfile asks for with the {@code risk} parameter of {@code aiGates}. */
final class RiskRequests {
    /** The source named in messages: the step and its parameter. */
    static final String SOURCE = "aiGates risk";

    private RiskRequests() {
    }

    /**
     * The request; none for blank text.
     *
     * @throws IllegalArgumentException naming the line and the value that cannot be read (a weight too: only the
     *                                  admin sets weights)
     */
    static RiskPolicyRequest parse(final String text) {
        if (text == null || text.isBlank()) {
            return RiskPolicyRequest.NONE;
        }
        try {
            return RiskPolicyText.parseRequest(text, SOURCE);
        } catch (RiskPolicyException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
