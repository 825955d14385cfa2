package io.jenkins.plugins.aigov.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import jenkins.YesNoMaybe;
import jenkins.model.GlobalConfiguration;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;

import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistryConfig;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistryCredentials;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistrySettings;
import io.jenkins.plugins.aigov.engine.gates.GatePolicy;
import io.jenkins.plugins.aigov.engine.provenance.MarkerRules;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceFormatException;
import io.jenkins.plugins.aigov.engine.risk.RiskPolicy;
import io.jenkins.plugins.aigov.engine.risk.RiskPolicyException;
import io.jenkins.plugins.aigov.engine.risk.RiskPolicyText;

/**
 * The administrator's settings of AI Code Governance (Manage Jenkins » System, or {@code aiGovernance:} in
 * Configuration as Code): the package registries, look-up limits and cache, and the gate policy that a Jenkinsfile
 * may only tighten. Persisted by XStream in {@code io.jenkins.plugins.aigov.config.AiGovernanceConfiguration.xml};
 * every field is a plain value so the file stays readable and survives upgrades.
 */
@Extension(dynamicLoadable = YesNoMaybe.YES)
@Symbol("aiGovernance")
public class AiGovernanceConfiguration extends GlobalConfiguration {
    /** The name of the marker rules in error messages. */
    public static final String MARKER_RULES_SOURCE = "global marker rules";
    /** The name of the risk policy in error messages. */
    public static final String RISK_POLICY_SOURCE = "global configuration: riskPolicy";

    private List<RegistryEntry> registries = new ArrayList<>();
    private int cacheTtlHours = 24;
    private int connectTimeoutSeconds = 5;
    private int requestTimeoutSeconds = 20;
    private int overallTimeoutSeconds = 300;
    private int maxConcurrency = 8;
    private int retries = 2;
    private String outagePolicy = PolicyValues.FAIL_OPEN;
    private String failOn = "critical";
    private String unstableOn = "high";
    private String aiFailOn;
    private String scope = "changed";
    private int packageMinAgeDays = 90;
    private int versionMinAgeDays = 7;
    private String watchlist;
    private String disabledRules;
    /** Re-ratings, one {@code rule-id = severity} per line. */
    private String ruleSeverities;
    /** The administrator's own scan rules: the text of a rule file (docs/rules.md). */
    private String extraRules;
    /** The risk policy text (docs/risk.md); blank: the defaults. */
    private String riskPolicy;
    private String markerRules;
    /** Who may decide an approval: user ids or group names, one per line or comma-separated; blank: Job/Build. */
    private String approvers;
    /** How long an approval waits before it counts as rejected (minutes). */
    private int approvalTimeoutMinutes = DEFAULT_APPROVAL_TIMEOUT_MINUTES;

    /** Loads the saved settings. */
    public AiGovernanceConfiguration() {
        super();
        load();
    }

    /** The instance Jenkins holds. */
    public static AiGovernanceConfiguration get() {
        return ExtensionList.lookupSingleton(AiGovernanceConfiguration.class);
    }

    @Override
    public String getDisplayName() {
        return "AI Code Governance";
    }

    /** A form without registry rows sends no list, so the old list is dropped before binding. */
    @Override
    public boolean configure(final StaplerRequest2 req, final JSONObject json) throws FormException {
        registries = new ArrayList<>();
        boolean done = super.configure(req, json);
        save();
        return done;
    }

    // ---- registries and look-ups

    /** The registries in the order they are asked; the public registries when none are configured. */
    public List<RegistryEntry> getRegistries() {
        if (registries == null || registries.isEmpty()) {
            List<RegistryEntry> defaults = new ArrayList<>();
            for (Ecosystem ecosystem : Ecosystem.values()) {
                defaults.add(RegistryEntry.publicRegistry(ecosystem));
            }
            return defaults;
        }
        return List.copyOf(registries);
    }

    /** Whether the admin has configured registries (else the public ones are asked). */
    public boolean hasConfiguredRegistries() {
        return registries != null && !registries.isEmpty();
    }

    @DataBoundSetter
    public void setRegistries(final List<RegistryEntry> registries) {
        this.registries = registries == null ? new ArrayList<>() : new ArrayList<>(registries);
        save();
    }

    public int getCacheTtlHours() {
        return cacheTtlHours;
    }

    /** How long an answer in the agent's disk cache is used; 0 keeps answers in memory for one build only. */
    @DataBoundSetter
    public void setCacheTtlHours(final int hours) {
        this.cacheTtlHours = PolicyValues.inRange("cacheTtlHours", hours, 0, 720);
        save();
    }

    public int getConnectTimeoutSeconds() {
        return connectTimeoutSeconds;
    }

    @DataBoundSetter
    public void setConnectTimeoutSeconds(final int seconds) {
        this.connectTimeoutSeconds = PolicyValues.inRange("connectTimeoutSeconds", seconds, 1, 300);
        save();
    }

    public int getRequestTimeoutSeconds() {
        return requestTimeoutSeconds;
    }

    @DataBoundSetter
    public void setRequestTimeoutSeconds(final int seconds) {
        this.requestTimeoutSeconds = PolicyValues.inRange("requestTimeoutSeconds", seconds, 1, 600);
        save();
    }

    public int getOverallTimeoutSeconds() {
        return overallTimeoutSeconds;
    }

    @DataBoundSetter
    public void setOverallTimeoutSeconds(final int seconds) {
        this.overallTimeoutSeconds = PolicyValues.inRange("overallTimeoutSeconds", seconds, 1, 3600);
        save();
    }

    public int getMaxConcurrency() {
        return maxConcurrency;
    }

    @DataBoundSetter
    public void setMaxConcurrency(final int value) {
        this.maxConcurrency = PolicyValues.inRange("maxConcurrency", value, 1, 64);
        save();
    }

    public int getRetries() {
        return retries;
    }

    @DataBoundSetter
    public void setRetries(final int value) {
        this.retries = PolicyValues.inRange("retries", value, 0, 10);
        save();
    }

    // ---- policy

    public String getOutagePolicy() {
        return outagePolicy;
    }

    @DataBoundSetter
    public void setOutagePolicy(final String value) {
        var parsed = PolicyValues.outagePolicy("outagePolicy", value);
        this.outagePolicy = parsed == null ? PolicyValues.FAIL_OPEN : PolicyValues.id(parsed);
        save();
    }

    public String getFailOn() {
        return failOn;
    }

    @DataBoundSetter
    public void setFailOn(final String value) {
        var parsed = PolicyValues.severity("failOn", value);
        this.failOn = parsed == null ? "critical" : parsed.id();
        save();
    }

    public String getUnstableOn() {
        return unstableOn;
    }

    @DataBoundSetter
    public void setUnstableOn(final String value) {
        var parsed = PolicyValues.severity("unstableOn", value);
        this.unstableOn = parsed == null ? "high" : parsed.id();
        save();
    }

    public String getAiFailOn() {
        return aiFailOn;
    }

    /** Fail at or above this severity on AI-written lines; blank: the same as failOn. */
    @DataBoundSetter
    public void setAiFailOn(final String value) {
        var parsed = PolicyValues.severity("aiFailOn", value);
        this.aiFailOn = parsed == null ? null : parsed.id();
        save();
    }

    public String getScope() {
        return scope;
    }

    @DataBoundSetter
    public void setScope(final String value) {
        var parsed = PolicyValues.scope("scope", value);
        this.scope = parsed == null ? "changed" : parsed.name().toLowerCase(java.util.Locale.ROOT);
        save();
    }

    public int getPackageMinAgeDays() {
        return packageMinAgeDays;
    }

    @DataBoundSetter
    public void setPackageMinAgeDays(final int days) {
        this.packageMinAgeDays = PolicyValues.inRange("packageMinAgeDays", days, 0, 3650);
        save();
    }

    public int getVersionMinAgeDays() {
        return versionMinAgeDays;
    }

    @DataBoundSetter
    public void setVersionMinAgeDays(final int days) {
        this.versionMinAgeDays = PolicyValues.inRange("versionMinAgeDays", days, 0, 3650);
        save();
    }

    public String getWatchlist() {
        return watchlist;
    }

    /** Names always flagged, one per line: {@code ecosystem:name} or a bare {@code name}. */
    @DataBoundSetter
    public void setWatchlist(final String value) {
        this.watchlist = value == null || value.isBlank() ? null : value.strip();
        save();
    }

    public String getDisabledRules() {
        return disabledRules;
    }

    /** Rule ids that produce no findings, one per line (or comma-separated). */
    @DataBoundSetter
    public void setDisabledRules(final String value) {
        PolicyValues.ruleIds("disabledRules", value);
        this.disabledRules = value == null || value.isBlank() ? null : value.strip();
        save();
    }

    public String getRuleSeverities() {
        return ruleSeverities;
    }

    /** Re-ratings, one {@code rule-id = severity} per line; a bad line is refused naming the line and the rule. */
    @DataBoundSetter
    public void setRuleSeverities(final String value) {
        RuleSettings.severities(value);
        this.ruleSeverities = value == null || value.isBlank() ? null : value.strip();
        save();
    }

    public String getExtraRules() {
        return extraRules;
    }

    /**
     * The administrator's own security-pattern and config-risk rules, in the format of the shipped rule files; a
     * broken rule is refused naming its line, its id and the field.
     */
    @DataBoundSetter
    public void setExtraRules(final String value) {
        RuleSettings.extraRules(value);
        this.extraRules = value == null || value.isBlank() ? null : value;
        save();
    }

    public String getRiskPolicy() {
        return riskPolicy;
    }

    /** The risk policy text of docs/risk.md; blank: the defaults. Text that cannot be read is refused. */
    @DataBoundSetter
    public void setRiskPolicy(final String value) {
        parseRiskPolicy(value);
        this.riskPolicy = value == null || value.isBlank() ? null : value.strip();
        save();
    }

    public String getMarkerRules() {
        return markerRules;
    }

    /** Extra marker rules (trailers, identities) that mean AI, one per line; see docs/marker-rules.md. */
    @DataBoundSetter
    public void setMarkerRules(final String value) {
        parseMarkerRules(value);
        this.markerRules = value == null || value.isBlank() ? null : value.strip();
        save();
    }

    // ---- approvals (APPROVAL outcome of aiGates)

    /** The default wait for an approval: 24 hours. */
    public static final int DEFAULT_APPROVAL_TIMEOUT_MINUTES = 24 * 60;

    public String getApprovers() {
        return approvers;
    }

    /** User ids or group names that may approve, one per line or comma-separated; blank: users with Job/Build. */
    @DataBoundSetter
    public void setApprovers(final String value) {
        this.approvers = value == null || value.isBlank() ? null : value.strip();
        save();
    }

    /** The approvers as a list (empty: whoever has Job/Build on the job). */
    public List<String> approverList() {
        return List.copyOf(PolicyValues.names(approvers));
    }

    public int getApprovalTimeoutMinutes() {
        return approvalTimeoutMinutes <= 0 ? DEFAULT_APPROVAL_TIMEOUT_MINUTES : approvalTimeoutMinutes;
    }

    /** After this many minutes without a decision the approval counts as rejected (1 minute … 30 days). */
    @DataBoundSetter
    public void setApprovalTimeoutMinutes(final int minutes) {
        this.approvalTimeoutMinutes = PolicyValues.inRange("approvalTimeoutMinutes", minutes, 1, 30 * 24 * 60);
        save();
    }

    public FormValidation doCheckApprovalTimeoutMinutes(@QueryParameter final String value) {
        return PolicyValues.checkNumber(value, 1, 30 * 24 * 60);
    }

    // ---- what the engine gets

    /**
     * The admin's gate policy. The extra rules go as text; the gates check them again when they build the rules (and
     * report a problem, scanning with the built-in rules, should a saved text no longer be valid).
     */
    public GatePolicy toPolicy() {
        return new GatePolicy(PolicyValues.severity("failOn", failOn), PolicyValues.severity("unstableOn", unstableOn),
                PolicyValues.severity("aiFailOn", aiFailOn), packageMinAgeDays, versionMinAgeDays,
                PolicyValues.outagePolicy("outagePolicy", outagePolicy), PolicyValues.scope("scope", scope),
                PolicyValues.names(watchlist), PolicyValues.ruleIds("disabledRules", disabledRules),
                RuleSettings.severities(ruleSeverities), extraRules);
    }

    /** The admin's risk policy: the defaults when the text is blank. */
    public RiskPolicy toRiskPolicy() {
        return parseRiskPolicy(riskPolicy);
    }

    /** The marker rules. */
    public MarkerRules toMarkerRules() {
        return parseMarkerRules(markerRules);
    }

    /**
     * The registry settings: the configured registries replace the public one of each ecosystem they serve (in list
     * order); other ecosystems keep their public registry.
     *
     * @param credentials the secrets of a registry that names a credentials id (called on the controller)
     */
    public RegistrySettings toRegistrySettings(final Function<RegistryEntry, RegistryCredentials> credentials) {
        RegistrySettings.Builder builder = RegistrySettings.builder()
                .connectTimeout(Duration.ofSeconds(connectTimeoutSeconds))
                .requestTimeout(Duration.ofSeconds(requestTimeoutSeconds))
                .overallTimeout(Duration.ofSeconds(overallTimeoutSeconds))
                .maxConcurrency(maxConcurrency)
                .retries(retries)
                .cacheTtl(Duration.ofHours(cacheTtlHours));
        Map<Ecosystem, List<RegistryConfig>> byEcosystem = new EnumMap<>(Ecosystem.class);
        if (registries != null) {
            for (RegistryEntry entry : registries) {
                RegistryCredentials secret = entry.getCredentialsId() == null ? null : credentials.apply(entry);
                byEcosystem.computeIfAbsent(entry.ecosystem(), e -> new ArrayList<>()).add(entry.toConfig(secret));
            }
        }
        byEcosystem.forEach(builder::registries);
        return builder.build();
    }

    private static RiskPolicy parseRiskPolicy(final String text) {
        try {
            return RiskPolicyText.parsePolicy(text, RISK_POLICY_SOURCE);
        } catch (RiskPolicyException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static MarkerRules parseMarkerRules(final String text) {
        try {
            return MarkerRules.parse(text, MARKER_RULES_SOURCE);
        } catch (ProvenanceFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    // ---- form: choices and checks

    public ListBoxModel doFillFailOnItems() {
        return PolicyValues.severityItems(null);
    }

    public ListBoxModel doFillUnstableOnItems() {
        return PolicyValues.severityItems(null);
    }

    public ListBoxModel doFillAiFailOnItems() {
        return PolicyValues.severityItems("(same as failOn)");
    }

    public ListBoxModel doFillOutagePolicyItems() {
        return PolicyValues.outageItems();
    }

    public ListBoxModel doFillScopeItems() {
        return PolicyValues.scopeItems();
    }

    public FormValidation doCheckFailOn(@QueryParameter final String value) {
        return PolicyValues.check(() -> PolicyValues.severity("failOn", value));
    }

    /** unstableOn above failOn would never apply: warn. */
    public FormValidation doCheckUnstableOn(@QueryParameter final String value, @QueryParameter final String failOn) {
        FormValidation syntax = PolicyValues.check(() -> PolicyValues.severity("unstableOn", value));
        if (syntax.kind != FormValidation.Kind.OK) {
            return syntax;
        }
        try {
            var unstable = PolicyValues.severity("unstableOn", value);
            var fail = PolicyValues.severity("failOn", failOn);
            if (unstable != null && fail != null && unstable.compareTo(fail) > 0) {
                return FormValidation.warning("unstableOn is above failOn: such findings already fail the build.");
            }
        } catch (IllegalArgumentException e) {
            // failOn reports its own error
        }
        return FormValidation.ok();
    }

    public FormValidation doCheckAiFailOn(@QueryParameter final String value) {
        return PolicyValues.check(() -> PolicyValues.severity("aiFailOn", value));
    }

    public FormValidation doCheckOutagePolicy(@QueryParameter final String value) {
        return PolicyValues.check(() -> PolicyValues.outagePolicy("outagePolicy", value));
    }

    public FormValidation doCheckScope(@QueryParameter final String value) {
        return PolicyValues.check(() -> PolicyValues.scope("scope", value));
    }

    public FormValidation doCheckCacheTtlHours(@QueryParameter final String value) {
        return PolicyValues.checkNumber(value, 0, 720);
    }

    public FormValidation doCheckConnectTimeoutSeconds(@QueryParameter final String value) {
        return PolicyValues.checkNumber(value, 1, 300);
    }

    public FormValidation doCheckRequestTimeoutSeconds(@QueryParameter final String value) {
        return PolicyValues.checkNumber(value, 1, 600);
    }

    public FormValidation doCheckOverallTimeoutSeconds(@QueryParameter final String value) {
        return PolicyValues.checkNumber(value, 1, 3600);
    }

    public FormValidation doCheckMaxConcurrency(@QueryParameter final String value) {
        return PolicyValues.checkNumber(value, 1, 64);
    }

    public FormValidation doCheckRetries(@QueryParameter final String value) {
        return PolicyValues.checkNumber(value, 0, 10);
    }

    public FormValidation doCheckPackageMinAgeDays(@QueryParameter final String value) {
        return PolicyValues.checkNumber(value, 0, 3650);
    }

    public FormValidation doCheckVersionMinAgeDays(@QueryParameter final String value) {
        return PolicyValues.checkNumber(value, 0, 3650);
    }

    /** Each line is one name; white space inside a name is an error. */
    public FormValidation doCheckWatchlist(@QueryParameter final String value) {
        for (String name : PolicyValues.names(value)) {
            if (name.chars().anyMatch(Character::isWhitespace)) {
                return FormValidation.error("'" + name + "' contains white space: write one name per line.");
            }
        }
        int count = PolicyValues.names(value).size();
        return count == 0 ? FormValidation.ok() : FormValidation.ok(count + " name(s).");
    }

    /** Syntax errors; ids that name no rule or gate (of the built-in rules or the extra rules) are a warning. */
    public FormValidation doCheckDisabledRules(@QueryParameter final String value,
            @QueryParameter final String extraRules) {
        return RuleSettings.checkDisabled(value, extraRules);
    }

    /** The error names the line and the rule; ids that name no rule are a warning. */
    public FormValidation doCheckRuleSeverities(@QueryParameter final String value,
            @QueryParameter final String extraRules) {
        return RuleSettings.checkSeverities(value, extraRules);
    }

    /** Checks the rules as a scan would, samples included; the error names the line, the rule and the field. */
    public FormValidation doCheckExtraRules(@QueryParameter final String value) {
        return RuleSettings.checkExtraRules(value);
    }

    /** The error names the line and the offending value. */
    public FormValidation doCheckRiskPolicy(@QueryParameter final String value) {
        try {
            parseRiskPolicy(value);
            return FormValidation.ok();
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    /** Checks the marker rules line by line; the error names the offending line. */
    public FormValidation doCheckMarkerRules(@QueryParameter final String value) {
        try {
            MarkerRules rules = MarkerRules.parse(value, MARKER_RULES_SOURCE);
            return rules.isEmpty() ? FormValidation.ok() : FormValidation.ok(rules.size() + " marker rule(s).");
        } catch (ProvenanceFormatException e) {
            return FormValidation.error(e.getMessage());
        }
    }
}
