package io.jenkins.plugins.aigov.engine.risk;

import io.jenkins.plugins.aigov.engine.model.Outcome;

/**
 * A rule that sets at least a given outcome whatever the score. Each has a stable id, a default outcome and
 * whether it is on by default; the admin may switch one off or change its outcome, a Jenkinsfile may switch one
 * on or make its outcome stricter. Only unsuppressed findings count.
 */
public enum HardRule {
    /** Any critical finding. */
    CRITICAL_FINDING_FAILS("critical-finding-fails", Outcome.FAIL, true, "any critical finding"),
    /** A hard-coded secret (CWE-798, CWE-259, CWE-321) on an AI-written line. */
    AI_SECRET_FINDING_FAILS("ai-secret-finding-fails", Outcome.FAIL, true,
            "a hard-coded secret (CWE-798, CWE-259, CWE-321) on an AI-written line"),
    /** A name on the watchlist of known hallucinated or malicious packages. */
    WATCHLIST_HIT_FAILS("watchlist-hit-fails", Outcome.FAIL, true, "any finding of the watchlist gate"),
    /** CI / pipeline config changed by an AI commit. */
    AI_CI_CHANGE_NEEDS_APPROVAL("ai-ci-change-needs-approval", Outcome.APPROVAL, true,
            "a CI / pipeline config path changed by an AI commit"),
    /** Auth, payments, crypto or secrets paths changed by an AI commit (off by default). */
    AI_SENSITIVE_CHANGE_NEEDS_APPROVAL("ai-sensitive-change-needs-approval", Outcome.APPROVAL, false,
            "an auth, payments, crypto or secrets path changed by an AI commit"),
    /** An AI commit without an accountable human (off by default). */
    AI_COMMIT_WITHOUT_OWNER_NEEDS_APPROVAL("ai-commit-without-owner-needs-approval", Outcome.APPROVAL, false,
            "an AI commit that names no accountable human");

    private final String id;
    private final Outcome defaultOutcome;
    private final boolean enabledByDefault;
    private final String condition;

    HardRule(final String id, final Outcome defaultOutcome, final boolean enabledByDefault, final String condition) {
        this.id = id;
        this.defaultOutcome = defaultOutcome;
        this.enabledByDefault = enabledByDefault;
        this.condition = condition;
    }

    /** The stable kebab-case id. */
    public String id() {
        return id;
    }

    /** The outcome it sets unless the admin chose another. */
    public Outcome defaultOutcome() {
        return defaultOutcome;
    }

    /** Whether it is on in the default policy. */
    public boolean enabledByDefault() {
        return enabledByDefault;
    }

    /** When it fires, in words. */
    public String condition() {
        return condition;
    }

    /** The rule with this id (case-insensitive), or {@code null}. */
    public static HardRule byId(final String text) {
        for (HardRule rule : values()) {
            if (rule.id.equalsIgnoreCase(text == null ? "" : text.strip())) {
                return rule;
            }
        }
        return null;
    }
}
