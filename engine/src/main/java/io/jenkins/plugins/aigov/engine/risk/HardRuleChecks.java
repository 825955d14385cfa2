package io.jenkins.plugins.aigov.engine.risk;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.jenkins.plugins.aigov.engine.model.Outcome;
import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Severity;
import io.jenkins.plugins.aigov.engine.provenance.PolicyFinding;

/** Evaluates the hard rules in force. Only unsuppressed findings count. */
final class HardRuleChecks {
    /** CWE ids of hard-coded secrets: credentials, passwords, cryptographic keys. */
    static final Set<String> SECRET_CWES = Set.of("CWE-798", "CWE-259", "CWE-321");
    private static final Set<SensitiveCategory> SENSITIVE_CODE = EnumSet.of(SensitiveCategory.AUTH,
            SensitiveCategory.PAYMENTS, SensitiveCategory.CRYPTO, SensitiveCategory.SECRETS);

    private final List<Finding> findings;
    private final List<PolicyFinding> policyFindings;
    private final ChangeFacts facts;

    HardRuleChecks(final RiskInput input, final ChangeFacts facts) {
        this.findings = input.findings().stream().filter(finding -> !finding.isSuppressed()).toList();
        this.policyFindings = input.policyFindings();
        this.facts = facts;
    }

    /** The rules in force that fire, in rule order. */
    List<HardRuleHit> fired(final Map<HardRule, Outcome> inForce) {
        List<HardRuleHit> hits = new ArrayList<>();
        inForce.forEach((rule, outcome) -> {
            String reason = check(rule);
            if (reason != null) {
                hits.add(new HardRuleHit(rule.id(), outcome, reason));
            }
        });
        return hits;
    }

    /** Why the rule fires, or {@code null}. */
    String check(final HardRule rule) {
        return switch (rule) {
            case CRITICAL_FINDING_FAILS -> findings("critical finding", f -> f.severity() == Severity.CRITICAL);
            case AI_SECRET_FINDING_FAILS -> findings("hard-coded secret on an AI-written line",
                    f -> FindingScorer.isAi(f) && f.cwe() != null && SECRET_CWES.contains(f.cwe().strip()));
            case WATCHLIST_HIT_FAILS -> findings("watchlist finding", f -> "watchlist".equals(f.gateId()));
            case AI_CI_CHANGE_NEEDS_APPROVAL -> paths(EnumSet.of(SensitiveCategory.CI), "CI / pipeline config");
            case AI_SENSITIVE_CHANGE_NEEDS_APPROVAL -> paths(SENSITIVE_CODE, "auth, payments, crypto or secrets");
            case AI_COMMIT_WITHOUT_OWNER_NEEDS_APPROVAL -> withoutOwner();
        };
    }

    private String findings(final String what, final Predicate<Finding> condition) {
        List<Finding> hits = findings.stream().filter(condition).toList();
        if (hits.isEmpty()) {
            return null;
        }
        Finding first = hits.get(0);
        return hits.size() + " " + what + (hits.size() == 1 ? "" : "s") + ", " + (hits.size() > 1 ? "first " : "")
                + first.severity().id() + " " + FindingScorer.where(first) + ": " + first.message();
    }

    private String paths(final Set<SensitiveCategory> categories, final String what) {
        List<ChangedPath> hits = facts.paths().stream().filter(ChangedPath::byAi)
                .filter(path -> path.categories().stream().anyMatch(categories::contains)).toList();
        return hits.isEmpty() ? null : "an AI commit changed " + what + ": " + ChangeFacts.names(hits);
    }

    private String withoutOwner() {
        List<PolicyFinding> hits = policyFindings.stream()
                .filter(finding -> "ai-commit-without-owner".equals(finding.ruleId())).toList();
        return hits.isEmpty() ? null : hits.get(0).message() + (hits.size() > 1 ? " (and " + (hits.size() - 1)
                + " more)" : "");
    }
}
