package io.jenkins.plugins.aigov.engine.risk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.Severity;
import io.jenkins.plugins.aigov.engine.provenance.PolicyFinding;

/** The contributions of what the gates found: findings by severity, new dependencies, provenance policy. */
final class FindingScorer {
    /** Findings of this gate are scored by rule id through the provenance-policy findings, not by severity. */
    static final String PROVENANCE_POLICY_GATE = "provenance-policy";

    private final RiskWeights weights;
    private final RiskInput input;

    FindingScorer(final RiskWeights weights, final RiskInput input) {
        this.weights = weights;
        this.input = input;
    }

    void addTo(final List<Contribution> out) {
        findings(out);
        newDependencies(out);
        provenancePolicy(out);
    }

    private void findings(final List<Contribution> out) {
        long suppressed = input.findings().stream().filter(Finding::isSuppressed).count();
        for (int s = Severity.values().length - 1; s >= 0; s--) {
            Severity severity = Severity.values()[s];
            group(out, severity, true);
            group(out, severity, false);
        }
        if (suppressed > 0) {
            out.add(Contribution.of("finding.suppressed", 0, suppressed + " suppressed finding"
                    + ChangeScorer.plural(suppressed) + " not counted"));
        }
    }

    private void group(final List<Contribution> out, final Severity severity, final boolean ai) {
        List<Finding> group = new ArrayList<>();
        for (Finding finding : input.findings()) {
            if (!finding.isSuppressed() && finding.severity() == severity && isAi(finding) == ai
                    && !PROVENANCE_POLICY_GATE.equals(finding.gateId())) {
                group.add(finding);
            }
        }
        double each = weights.finding(severity) * (ai ? weights.findingAiFactor() : 1);
        if (group.isEmpty() || each == 0) {
            return;
        }
        String rate = ai ? Points.plain(weights.finding(severity)) + " x " + Points.plain(weights.findingAiFactor())
                + " each" : Points.plain(each) + " each";
        out.add(Contribution.of("finding." + severity.id() + (ai ? ".ai" : ""), each * group.size(),
                group.size() + " " + severity.id() + " finding" + ChangeScorer.plural(group.size())
                        + (ai ? " on AI-written lines" : "") + " (" + rate + "), " + (group.size() > 1 ? "first " : "")
                        + where(group.get(0))));
    }

    static boolean isAi(final Finding finding) {
        return Boolean.TRUE.equals(finding.aiWritten());
    }

    /** {@code security-patterns/aws-access-key-id at src/A.java:3}. */
    static String where(final Finding finding) {
        String at = finding.file() == null ? "" : " at " + finding.file() + (finding.line() > 0 ? ":"
                + finding.line() : "");
        return finding.gateId() + "/" + finding.ruleId() + at;
    }

    private void newDependencies(final List<Contribution> out) {
        int count = input.newDependencies();
        if (count == 0) {
            return;
        }
        double points = Math.min(weights.newDependencyMax(), weights.newDependency() * count);
        out.add(Contribution.of("new-dependency", points, count + " new dependenc" + (count == 1 ? "y" : "ies")
                + " (" + Points.plain(weights.newDependency()) + " each, at most "
                + Points.plain(weights.newDependencyMax()) + ")"));
    }

    private void provenancePolicy(final List<Contribution> out) {
        Map<String, List<PolicyFinding>> byRule = new LinkedHashMap<>();
        input.policyFindings().stream().sorted((a, b) -> a.ruleId().compareTo(b.ruleId()))
                .forEach(finding -> byRule.computeIfAbsent(finding.ruleId(), id -> new ArrayList<>()).add(finding));
        byRule.forEach((ruleId, list) -> {
            double each = weights.provenance(ruleId);
            if (each > 0) {
                out.add(Contribution.of("provenance." + ruleId, each * list.size(), list.size() + " x " + ruleId
                        + " (" + Points.plain(each) + " each), first: " + list.get(0).message()));
            }
        });
    }
}
