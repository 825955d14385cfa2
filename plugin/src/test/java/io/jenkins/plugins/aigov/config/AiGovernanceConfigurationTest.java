package io.jenkins.plugins.aigov.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.thoughtworks.xstream.XStream;
import org.junit.jupiter.api.Test;

import hudson.util.FormValidation;
import hudson.util.ListBoxModel;

import io.jenkins.plugins.aigov.JenkinsFacade;
import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistryConfig;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistryCredentials;
import io.jenkins.plugins.aigov.engine.dependencies.registry.RegistrySettings;
import io.jenkins.plugins.aigov.engine.gates.GatePolicy;
import io.jenkins.plugins.aigov.engine.gates.Scope;
import io.jenkins.plugins.aigov.engine.model.OutagePolicy;
import io.jenkins.plugins.aigov.engine.model.Outcome;
import io.jenkins.plugins.aigov.engine.model.Severity;
import io.jenkins.plugins.aigov.engine.risk.RiskPolicy;
import io.jenkins.plugins.aigov.engine.risk.RiskTier;
import io.jenkins.plugins.aigov.engine.testing.TeamRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The global configuration: defaults, validation, what the engine gets, and persistence with XStream. */
class AiGovernanceConfigurationTest {
    private static final String PRIVATE_NPM = "https://npm.example.com/repository/npm-group";
    private static final String EXTRA_RULES = TeamRules.internalEndpoint();

    private final AiGovernanceConfiguration configuration = new AiGovernanceConfiguration();

    @Test
    void shouldStartWithTheDocumentedDefaultsAndThePublicRegistries() {
        assertThat(configuration.toPolicy()).isEqualTo(GatePolicy.defaults());
        assertThat(configuration.hasConfiguredRegistries()).isFalse();
        assertThat(configuration.getRegistries()).extracting(RegistryEntry::ecosystem)
                .containsExactly(Ecosystem.values());
        RegistrySettings settings = configuration.toRegistrySettings(e -> {
            throw new AssertionError("no credentials are configured");
        });
        assertThat(settings.registries(Ecosystem.NPM)).containsExactlyElementsOf(
                RegistrySettings.defaults().registries(Ecosystem.NPM));
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.cacheTtl()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void shouldReplaceTheRegistriesOfAnEcosystemInListOrderAndKeepTheOthers() {
        RegistryEntry corp = new RegistryEntry("npm", PRIVATE_NPM + "/", "npm-token", true);
        corp.setName("corp-npm");
        RegistryEntry mirror = new RegistryEntry("NPM", "https://mirror.example.com", null, false);
        configuration.setRegistries(List.of(corp, mirror));
        List<String> asked = new ArrayList<>();

        RegistrySettings settings = configuration.toRegistrySettings(entry -> {
            asked.add(entry.getCredentialsId());
            return RegistryCredentials.bearer("t0ken".toCharArray());
        });

        assertThat(settings.registries(Ecosystem.NPM)).extracting(RegistryConfig::name)
                .containsExactly("corp-npm", "npm registry mirror.example.com");
        assertThat(settings.registries(Ecosystem.NPM).get(0).baseUrl()).hasToString(PRIVATE_NPM);
        assertThat(settings.registries(Ecosystem.NPM).get(0).credentials()).isNotNull();
        assertThat(settings.registries(Ecosystem.NPM).get(1).enabled()).isFalse();
        assertThat(settings.registries(Ecosystem.PYPI)).isEqualTo(RegistrySettings.defaults()
                .registries(Ecosystem.PYPI));
        assertThat(asked).containsExactly("npm-token");
    }

    @Test
    void shouldBuildThePolicyFromTheFields() {
        configuration.setFailOn("HIGH");
        configuration.setUnstableOn("medium");
        configuration.setAiFailOn("low");
        configuration.setOutagePolicy("fail-closed");
        configuration.setScope("all");
        configuration.setPackageMinAgeDays(30);
        configuration.setVersionMinAgeDays(3);
        configuration.setWatchlist("npm:left-pad-ai\n\nreqeusts, colourama\n");
        configuration.setDisabledRules("new-version\nundeclared-import");

        GatePolicy policy = configuration.toPolicy();

        assertThat(policy.failOn()).isEqualTo(Severity.HIGH);
        assertThat(policy.unstableOn()).isEqualTo(Severity.MEDIUM);
        assertThat(policy.aiFailOn()).isEqualTo(Severity.LOW);
        assertThat(policy.outagePolicy()).isEqualTo(OutagePolicy.FAIL_CLOSED);
        assertThat(policy.scope()).isEqualTo(Scope.ALL);
        assertThat(policy.packageMinAgeDays()).isEqualTo(30);
        assertThat(policy.watchlist()).containsExactlyInAnyOrder("npm:left-pad-ai", "reqeusts", "colourama");
        assertThat(policy.disabledRules()).containsExactlyInAnyOrder("new-version", "undeclared-import");
        assertThat(configuration.getOutagePolicy()).isEqualTo("failClosed");
        assertThat(configuration.getFailOn()).isEqualTo("high");
    }

    @Test
    void shouldRefuseInvalidValuesInTheSetters() {
        assertThatIllegalArgumentException().isThrownBy(() -> configuration.setFailOn("urgent"))
                .withMessageContaining("failOn: unknown severity 'urgent'");
        assertThatIllegalArgumentException().isThrownBy(() -> configuration.setMaxConcurrency(0))
                .withMessage("maxConcurrency must be between 1 and 64, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> configuration.setDisabledRules("New Version"))
                .withMessageContaining("'New Version' is not a rule id");
        assertThatIllegalArgumentException().isThrownBy(() -> configuration.setMarkerRules("footer X-AI"))
                .withMessageContaining("global marker rules:1");
        assertThatIllegalArgumentException().isThrownBy(() -> new RegistryEntry("nuget", PRIVATE_NPM, null, true))
                .withMessageContaining("unknown ecosystem 'nuget'");
        assertThatIllegalArgumentException().isThrownBy(() -> new RegistryEntry("npm", "ftp://x.example", null, true))
                .withMessageContaining("http(s)");
    }

    @Test
    void shouldValidateEveryFieldOfTheForm() {
        assertThat(configuration.doCheckFailOn("critical").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(configuration.doCheckFailOn("severe").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(configuration.doCheckUnstableOn("critical", "high").kind).isEqualTo(FormValidation.Kind.WARNING);
        assertThat(configuration.doCheckAiFailOn("").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(configuration.doCheckOutagePolicy("failClosed").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(configuration.doCheckOutagePolicy("sometimes").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(configuration.doCheckScope("all").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(configuration.doCheckScope("most").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(configuration.doCheckMaxConcurrency("65").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(configuration.doCheckMaxConcurrency("eight").getMessage()).contains("from 1 to 64");
        assertThat(configuration.doCheckCacheTtlHours("0").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(configuration.doCheckRetries("11").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(configuration.doCheckConnectTimeoutSeconds("0").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(configuration.doCheckRequestTimeoutSeconds("600").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(configuration.doCheckOverallTimeoutSeconds("3601").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(configuration.doCheckPackageMinAgeDays("-1").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(configuration.doCheckVersionMinAgeDays("7").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(configuration.doCheckWatchlist("npm:a\npypi:b").getMessage()).isEqualTo("2 name(s).");
        assertThat(configuration.doCheckWatchlist("npm:a b").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(configuration.doCheckDisabledRules("new-version", null).kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(configuration.doCheckMarkerRules("trailer X-AI-Tool AI_GENERATED\nfooter X").getMessage())
                .contains("global marker rules:2");
        assertThat(configuration.doCheckMarkerRules("trailer X-AI-Tool AI_GENERATED").getMessage())
                .isEqualTo("1 marker rule(s).");
        assertThat(configuration.doFillFailOnItems()).extracting(o -> o.value)
                .containsExactly("info", "low", "medium", "high", "critical");
        assertThat(configuration.doFillAiFailOnItems().get(0).value).isEmpty();
        assertThat(configuration.doFillOutagePolicyItems()).extracting(o -> o.value)
                .containsExactly("failOpen", "failClosed");
    }

    @Test
    void shouldCarryReRatingsAndExtraRulesIntoThePolicy() {
        configuration.setRuleSeverities("# quieter\nnew-version = low\n\nweak-cipher = CRITICAL\n"
                + "internal-endpoint=high\n");
        configuration.setExtraRules(EXTRA_RULES);
        configuration.setDisabledRules("jwt-token");

        GatePolicy policy = configuration.toPolicy();

        assertThat(policy.severityOverrides()).containsExactly(Map.entry("internal-endpoint", Severity.HIGH),
                Map.entry("new-version", Severity.LOW), Map.entry("weak-cipher", Severity.CRITICAL));
        assertThat(policy.extraRules()).isEqualTo(EXTRA_RULES);
        assertThat(policy.disabledRules()).containsExactly("jwt-token");
        assertThat(configuration.getExtraRules()).isEqualTo(EXTRA_RULES);
        assertThat(configuration.getRuleSeverities()).startsWith("# quieter");
    }

    @Test
    void shouldClearTheRuleFieldsWhenTheyAreBlank() {
        configuration.setRuleSeverities("weak-cipher = low");
        configuration.setExtraRules(EXTRA_RULES);
        configuration.setRiskPolicy("threshold.high = 40");

        configuration.setRuleSeverities("  ");
        configuration.setExtraRules("\n");
        configuration.setRiskPolicy("");

        assertThat(configuration.getRuleSeverities()).isNull();
        assertThat(configuration.getExtraRules()).isNull();
        assertThat(configuration.getRiskPolicy()).isNull();
        assertThat(configuration.toPolicy()).isEqualTo(GatePolicy.defaults());
        assertThat(configuration.toRiskPolicy()).isEqualTo(RiskPolicy.defaults());
    }

    @Test
    void shouldRejectABadReRatingNamingTheLineAndTheRule() {
        assertThatIllegalArgumentException().isThrownBy(() -> configuration.setRuleSeverities(
                "new-version = low\nweak-cipher = urgent"))
                .withMessage("global configuration: ruleSeverities:2: rule 'weak-cipher': unknown severity 'urgent'"
                        + " (expected info, low, medium, high or critical)");
        assertThatIllegalArgumentException().isThrownBy(() -> configuration.setRuleSeverities("weak-cipher low"))
                .withMessage("global configuration: ruleSeverities:1: expected 'rule-id = severity', got"
                        + " 'weak-cipher low'");
        assertThatIllegalArgumentException().isThrownBy(() -> configuration.setRuleSeverities("Weak_Cipher = low"))
                .withMessageContaining("ruleSeverities:1: 'Weak_Cipher' is not a rule id");
        assertThatIllegalArgumentException().isThrownBy(() -> configuration.setRuleSeverities(
                "weak-cipher = low\nweak-cipher = high"))
                .withMessage("global configuration: ruleSeverities:2: rule 'weak-cipher' is re-rated twice (first on"
                        + " line 1)");
        assertThat(configuration.getRuleSeverities()).isNull();
    }

    @Test
    void shouldRejectExtraRuleWithoutPattern() {
        String broken = EXTRA_RULES.replace("    pattern: 'https?://[a-z0-9.-]+\\.internal\\.corp\\b'\n", "");

        assertThatIllegalArgumentException().isThrownBy(() -> configuration.setExtraRules(broken))
                .withMessage("global configuration: extraRules:3: rule 'internal-endpoint': field 'pattern': missing");
        assertThatIllegalArgumentException().isThrownBy(() -> configuration.setExtraRules(
                EXTRA_RULES.replace("id: internal-endpoint", "id: weak-cipher")))
                .withMessageContaining("extraRules:3: rule 'weak-cipher': field 'id': duplicate id");
        assertThat(configuration.getExtraRules()).isNull();
    }

    @Test
    void shouldCheckTheRuleFieldsInTheForm() {
        assertThat(configuration.doCheckExtraRules(EXTRA_RULES).getMessage())
                .isEqualTo("1 rule(s): internal-endpoint.");
        assertThat(configuration.doCheckExtraRules("").kind).isEqualTo(FormValidation.Kind.OK);
        FormValidation broken = configuration.doCheckExtraRules(EXTRA_RULES.replace("cwe: CWE-200", "cwe: 200"));
        assertThat(broken.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(broken.getMessage()).startsWith("global configuration: extraRules:3: rule 'internal-endpoint':"
                + " field 'cwe': ");
        assertThat(configuration.doCheckExtraRules("rules: [").getMessage())
                .startsWith("global configuration: extraRules:1: not valid YAML: ");

        assertThat(configuration.doCheckRuleSeverities("weak-cipher = high\nnew-version = low", null).getMessage())
                .isEqualTo("2 rule(s) re-rated.");
        assertThat(configuration.doCheckRuleSeverities("weak-cipher = severe", null).kind)
                .isEqualTo(FormValidation.Kind.ERROR);
        FormValidation typo = configuration.doCheckRuleSeverities("weak-cipher = high\nweak-ciper = low", null);
        assertThat(typo.kind).isEqualTo(FormValidation.Kind.WARNING);
        assertThat(typo.getMessage()).contains("'weak-ciper' (line 2)").contains("re-rates nothing");
        assertThat(configuration.doCheckRuleSeverities("internal-endpoint = high", null).kind)
                .isEqualTo(FormValidation.Kind.WARNING);
        assertThat(configuration.doCheckRuleSeverities("internal-endpoint = high", EXTRA_RULES).kind)
                .isEqualTo(FormValidation.Kind.OK);

        FormValidation unknown = configuration.doCheckDisabledRules("new-version\nnew-verison", null);
        assertThat(unknown.kind).isEqualTo(FormValidation.Kind.WARNING);
        assertThat(unknown.getMessage()).contains("'new-verison'").contains("switches nothing off");
        assertThat(configuration.doCheckDisabledRules("config-risk, typosquat, weak-cipher", null).kind)
                .isEqualTo(FormValidation.Kind.OK);
        assertThat(configuration.doCheckDisabledRules("internal-endpoint", EXTRA_RULES).kind)
                .isEqualTo(FormValidation.Kind.OK);
        assertThat(configuration.doCheckDisabledRules("New Version", null).kind).isEqualTo(FormValidation.Kind.ERROR);
    }

    @Test
    void shouldParseTheRiskPolicyAndRejectBadText() {
        assertThat(configuration.toRiskPolicy()).isEqualTo(RiskPolicy.defaults());

        configuration.setRiskPolicy("# stricter\nthreshold.high = 40\noutcome.medium = UNSTABLE\n");

        RiskPolicy policy = configuration.toRiskPolicy();
        assertThat(policy.thresholds().of(RiskTier.HIGH)).isEqualTo(40.0);
        assertThat(policy.tierOutcomes()).containsEntry(RiskTier.MEDIUM, Outcome.UNSTABLE);
        assertThat(configuration.getRiskPolicy()).startsWith("# stricter");
        assertThatIllegalArgumentException().isThrownBy(() -> configuration.setRiskPolicy(
                "threshold.high = 40\nweight.ai-shares = 3"))
                .withMessageStartingWith("global configuration: riskPolicy:2: ");
        assertThat(configuration.getRiskPolicy()).startsWith("# stricter");
        assertThat(configuration.doCheckRiskPolicy("threshold.high = lots").getMessage())
                .startsWith("global configuration: riskPolicy:1: ").contains("lots");
        assertThat(configuration.doCheckRiskPolicy("threshold.high = 40").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(configuration.doCheckRiskPolicy("").kind).isEqualTo(FormValidation.Kind.OK);
    }

    @Test
    void shouldCheckRegistryUrls() {
        RegistryEntry.DescriptorImpl descriptor = new RegistryEntry.DescriptorImpl();

        assertThat(descriptor.doCheckUrl(PRIVATE_NPM).kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(descriptor.doCheckUrl("http://npm.example.com").kind).isEqualTo(FormValidation.Kind.WARNING);
        assertThat(descriptor.doCheckUrl("ftp://npm.example.com").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(descriptor.doCheckUrl("https://user:pw@npm.example.com").getMessage())
                .contains("credentials");
        assertThat(descriptor.doCheckUrl("").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(descriptor.doFillEcosystemItems()).extracting(o -> o.value)
                .containsExactly("maven", "npm", "pypi", "go", "cargo");
    }

    @Test
    void shouldListCredentialsOnlyToAdministrators() {
        RegistryEntry.DescriptorImpl descriptor = new RegistryEntry.DescriptorImpl();
        descriptor.setJenkins(new Facade(false));

        ListBoxModel forOthers = descriptor.doFillCredentialsIdItems("npm-token");

        assertThat(forOthers).extracting(o -> o.value).containsExactly("npm-token");
        assertThatThrownBy(() -> descriptor.doCheckCredentialsId("npm-token", PRIVATE_NPM))
                .isInstanceOf(SecurityException.class);
        assertThat(descriptor.doCheckCredentialsId("", PRIVATE_NPM).kind).isEqualTo(FormValidation.Kind.OK);

        descriptor.setJenkins(new Facade(true));

        assertThat(descriptor.doFillCredentialsIdItems("")).extracting(o -> o.value).containsExactly("");
        assertThat(descriptor.doCheckCredentialsId("npm-token", "http://npm.example.com").kind)
                .isEqualTo(FormValidation.Kind.WARNING);
    }

    @Test
    void shouldSurviveAnXStreamRoundTrip() {
        RegistryEntry corp = new RegistryEntry("npm", PRIVATE_NPM, "npm-token", true);
        corp.setName("corp-npm");
        configuration.setRegistries(List.of(corp, new RegistryEntry("maven", "https://maven.example.com/releases",
                null, false)));
        configuration.setFailOn("high");
        configuration.setAiFailOn("medium");
        configuration.setWatchlist("npm:left-pad-ai");
        configuration.setMarkerRules("trailer X-AI-Tool AI_GENERATED");
        configuration.setCacheTtlHours(6);
        configuration.setRuleSeverities("weak-cipher = critical");
        configuration.setExtraRules(EXTRA_RULES);
        configuration.setRiskPolicy("threshold.high = 40");
        XStream xstream = new XStream();
        xstream.allowTypesByWildcard(new String[] {"io.jenkins.plugins.aigov.**"});

        String xml = xstream.toXML(configuration);
        AiGovernanceConfiguration restored = (AiGovernanceConfiguration) xstream.fromXML(xml);

        assertThat(xml).contains("<credentialsId>npm-token</credentialsId>", "<failOn>high</failOn>")
                .doesNotContain("JenkinsFacade", "<jenkins>");
        assertThat(restored.getRegistries()).extracting(RegistryEntry::toString)
                .containsExactlyElementsOf(configuration.getRegistries().stream().map(RegistryEntry::toString)
                        .toList());
        assertThat(restored.toPolicy()).isEqualTo(configuration.toPolicy());
        assertThat(restored.toMarkerRules()).isEqualTo(configuration.toMarkerRules());
        assertThat(restored.getCacheTtlHours()).isEqualTo(6);
        assertThat(restored.toPolicy().extraRules()).isEqualTo(EXTRA_RULES);
        assertThat(restored.toRiskPolicy()).isEqualTo(configuration.toRiskPolicy());
    }

    /** The permission answers of an administrator or of someone else (hand-written: no Jenkins runs here). */
    private static final class Facade extends JenkinsFacade {
        private final boolean admin;

        Facade(final boolean admin) {
            this.admin = admin;
        }

        @Override
        public void checkAdminister() {
            if (!admin) {
                throw new SecurityException("not an administrator");
            }
        }

        @Override
        public boolean hasAdminister() {
            return admin;
        }
    }
}
