package io.jenkins.plugins.aigov.engine.risk;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.jenkins.plugins.aigov.engine.model.OutagePolicy;
import io.jenkins.plugins.aigov.engine.model.Outcome;

/** Applies a {@link RiskPolicyRequest} to a {@link RiskPolicy}: stricter is taken, looser logged and ignored. */
final class PolicyTightening {
    private static final String ONLY_TIGHTEN = "; a Jenkinsfile may only tighten the policy";

    private final RiskPolicy admin;
    private final List<String> log;

    PolicyTightening(final RiskPolicy admin, final List<String> log) {
        this.admin = admin;
        this.log = log;
    }

    RiskPolicy apply(final RiskPolicyRequest request) {
        RiskPolicy policy = new RiskPolicy(admin.weights(), admin.sensitivePaths(),
                thresholds(request.thresholds()), tierOutcomes(request.tierOutcomes()), admin.hardRules(),
                admin.outagePolicy());
        policy = hardRules(policy, request);
        policy = policy.withOutagePolicy(outage(request.outagePolicy()));
        return policy.withSensitivePaths(admin.sensitivePaths().plus(request.extraSensitivePaths()));
    }

    private RiskThresholds thresholds(final Map<RiskTier, Double> asked) {
        RiskThresholds current = admin.thresholds();
        double[] starts = {0, current.medium(), current.high(), current.critical()};
        asked.forEach((tier, value) -> {
            String key = "threshold." + tier.id();
            double admins = current.of(tier);
            if (tier == RiskTier.LOW || value == null || !Double.isFinite(value) || value <= 0) {
                log.add("ignored " + key + " " + value + ": not a positive threshold of MEDIUM, HIGH or CRITICAL");
            }
            else if (value > admins) {
                log.add("ignored " + key + " " + Points.plain(value) + ": higher than the admin's "
                        + Points.plain(admins) + ONLY_TIGHTEN);
            }
            else {
                starts[tier.ordinal()] = value;
            }
        });
        // A lowered upper threshold pulls the ones below it down with it, so the order stays valid.
        for (int i = starts.length - 2; i >= 1; i--) {
            if (starts[i] > starts[i + 1]) {
                log.add("threshold." + RiskTier.values()[i].id() + " lowered to " + Points.plain(starts[i + 1])
                        + " to stay at or below threshold." + RiskTier.values()[i + 1].id());
                starts[i] = starts[i + 1];
            }
        }
        return new RiskThresholds(starts[1], starts[2], starts[3]);
    }

    private Map<RiskTier, Outcome> tierOutcomes(final Map<RiskTier, Outcome> asked) {
        Map<RiskTier, Outcome> tiers = new EnumMap<>(admin.tierOutcomes());
        asked.forEach((tier, outcome) -> tiers.put(tier, stricter("outcome." + tier.id(), tiers.get(tier),
                outcome)));
        // A stricter lower tier raises the tiers above it, so a higher tier is never looser.
        RiskTier previous = null;
        for (RiskTier tier : RiskTier.values()) {
            if (previous != null && Outcomes.isStricter(tiers.get(previous), tiers.get(tier))) {
                log.add("outcome." + tier.id() + " raised to " + tiers.get(previous) + " to stay at least as strict"
                        + " as outcome." + previous.id());
                tiers.put(tier, tiers.get(previous));
            }
            previous = tier;
        }
        return tiers;
    }

    private RiskPolicy hardRules(final RiskPolicy policy, final RiskPolicyRequest request) {
        RiskPolicy result = policy;
        for (Map.Entry<HardRule, Outcome> asked : request.hardRules().entrySet()) {
            HardRule rule = asked.getKey();
            Outcome current = admin.hardRules().get(rule);
            Outcome outcome = current == null ? valid("hard-rule." + rule.id(), asked.getValue(), null)
                    : stricter("hard-rule." + rule.id(), current, asked.getValue());
            if (outcome != null) {
                result = result.withHardRule(rule, outcome);
            }
        }
        for (HardRule rule : request.disabledHardRules()) {
            if (admin.hardRules().containsKey(rule)) {
                log.add("ignored hard-rule." + rule.id() + " off: the admin's policy has it on" + ONLY_TIGHTEN);
            }
        }
        return result;
    }

    private OutagePolicy outage(final OutagePolicy asked) {
        if (asked == OutagePolicy.FAIL_OPEN && admin.outagePolicy() == OutagePolicy.FAIL_CLOSED) {
            log.add("ignored outage FAIL_OPEN: the admin's policy is FAIL_CLOSED" + ONLY_TIGHTEN);
            return OutagePolicy.FAIL_CLOSED;
        }
        return asked == null ? admin.outagePolicy() : asked;
    }

    private Outcome stricter(final String key, final Outcome current, final Outcome asked) {
        Outcome outcome = valid(key, asked, current);
        if (outcome == null || !Outcomes.isStricter(current, outcome)) {
            return outcome == null ? current : outcome;
        }
        log.add("ignored " + key + " " + outcome + ": looser than the admin's " + current + ONLY_TIGHTEN);
        return current;
    }

    /** The asked outcome, or {@code fallback} (logged) when it is missing or OUTAGE. */
    private Outcome valid(final String key, final Outcome asked, final Outcome fallback) {
        if (asked == null || asked == Outcome.OUTAGE) {
            log.add("ignored " + key + " " + asked + ": expected PASS, UNSTABLE, APPROVAL or FAIL");
            return fallback;
        }
        return asked;
    }
}
