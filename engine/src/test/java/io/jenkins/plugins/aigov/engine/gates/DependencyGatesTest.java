package io.jenkins.plugins.aigov.engine.gates;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.aigov.engine.dependencies.Dependency;
import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;
import io.jenkins.plugins.aigov.engine.dependencies.registry.LookupOutcome;
import io.jenkins.plugins.aigov.engine.model.Finding;
import io.jenkins.plugins.aigov.engine.model.OutagePolicy;
import io.jenkins.plugins.aigov.engine.model.Severity;

import static org.assertj.core.api.Assertions.assertThat;

class DependencyGatesTest {
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Instant OLD = Instant.parse("2019-03-01T10:00:00Z");

    private final GatePolicy policy = GatePolicy.defaults();
    private final FindingFactory factory = new FindingFactory(policy);
    private final FixHints hints = new FixHints(TyposquatIndex.bundled(), List.of());
    private final ExistenceGate existence = new ExistenceGate(factory, hints);

    @Test
    void shouldRateAMissingPackageCriticalWithEvidenceAndTheClosestRealName() {
        Dependency reqeusts = Lookups.dependency(Ecosystem.PYPI, "reqeusts", "==2.31.0");

        Finding finding = existence.check(Lookups.check(reqeusts, LookupOutcome.PACKAGE_MISSING, null, null));

        assertThat(finding.gateId()).isEqualTo("dependency-existence");
        assertThat(finding.ruleId()).isEqualTo("package-missing");
        assertThat(finding.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(finding.file()).isEqualTo("package.json");
        assertThat(finding.line()).isEqualTo(7);
        assertThat(finding.fixHint()).startsWith("Did you mean 'requests'?");
        assertThat(finding.evidence()).containsEntry("registry.1.url", Lookups.URL + "reqeusts")
                .containsEntry("registry.1.status", "404").containsEntry("queriedVersion", "2.31.0")
                .containsEntry("closestPackage", "requests").containsEntry("ecosystem", "pypi");
        assertThat(finding.fingerprint()).hasSize(32);
    }

    @Test
    void shouldRateAMissingVersionHighAndAnUnpublishedPackageCritical() {
        Dependency dependency = Lookups.dependency(Ecosystem.NPM, "left-pad", "9.9.9");

        assertThat(existence.check(Lookups.check(dependency, LookupOutcome.VERSION_MISSING, OLD, null)))
                .extracting(Finding::ruleId, Finding::severity).containsExactly("version-missing", Severity.HIGH);
        assertThat(existence.check(Lookups.check(dependency, LookupOutcome.UNPUBLISHED, OLD, null)))
                .extracting(Finding::ruleId, Finding::severity)
                .containsExactly("package-unpublished", Severity.CRITICAL);
    }

    @Test
    void shouldNeverTurnAnUnverifiedLookUpIntoAMissingPackage() {
        Dependency dependency = Lookups.dependency(Ecosystem.NPM, "totally-invented-pkg", "1.0.0");
        DependencyCheck check = Lookups.check(dependency, LookupOutcome.UNVERIFIED, null, null);

        assertThat(existence.check(check)).isNull();
        assertThat(new AgeGate(factory, hints, CLOCK, policy).check(check)).isEmpty();
        assertThat(Unverified.lines(List.of(check), Map.of(), List.of()))
                .containsExactly("NPM:totally-invented-pkg@1.0.0 (package.json:7): test-registry: could not connect");
    }

    @Test
    void shouldFlagPackagesAndVersionsYoungerThanTheThresholds() {
        AgeGate gate = new AgeGate(factory, hints, CLOCK, policy);
        Dependency dependency = Lookups.dependency(Ecosystem.NPM, "brand-new-lib", "1.0.0");

        List<Finding> fresh = gate.check(Lookups.check(dependency, LookupOutcome.FOUND, NOW.minusSeconds(3600),
                NOW.minusSeconds(3600)));
        List<Finding> edge = gate.check(Lookups.check(dependency, LookupOutcome.FOUND,
                NOW.minus(java.time.Duration.ofDays(90)), NOW.minus(java.time.Duration.ofDays(7))));
        List<Finding> youngVersion = gate.check(Lookups.check(dependency, LookupOutcome.FOUND, OLD,
                NOW.minus(java.time.Duration.ofDays(6))));

        assertThat(fresh).extracting(Finding::ruleId, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("new-package", Severity.HIGH),
                org.assertj.core.groups.Tuple.tuple("new-version", Severity.MEDIUM));
        assertThat(fresh.get(0).message()).contains("today").contains("90 days");
        assertThat(fresh.get(0).evidence()).containsEntry("ageDays", "0").containsEntry("minAgeDays", "90");
        assertThat(edge).isEmpty();
        assertThat(youngVersion).extracting(Finding::ruleId).containsExactly("new-version");
        assertThat(youngVersion.get(0).evidence()).containsEntry("ageDays", "6");
    }

    @Test
    void shouldUseConfiguredAgeThresholdsAndIgnoreRanges() {
        GatePolicy strict = GatePolicy.defaults().tightenedBy(new PolicyRequest(null, null, null, 365, 30, null,
                null, Set.of()), new java.util.ArrayList<>());
        AgeGate gate = new AgeGate(new FindingFactory(strict), hints, CLOCK, strict);
        Dependency ranged = Lookups.dependency(Ecosystem.NPM, "some-lib", "^1.0.0");

        List<Finding> findings = gate.check(Lookups.check(ranged, LookupOutcome.FOUND,
                NOW.minus(java.time.Duration.ofDays(200)), NOW.minus(java.time.Duration.ofDays(1))));

        assertThat(findings).extracting(Finding::ruleId).containsExactly("new-package");
    }

    @Test
    void shouldFlagWatchlistedNamesFromThePolicyAndTheBundledList() {
        Watchlist watchlist = Watchlist.of(Set.of("npm:our-banned-lib", "everywhere-bad"), true);
        WatchlistGate gate = new WatchlistGate(factory, hints, watchlist);

        Finding policyHit = gate.check(Lookups.check(Lookups.dependency(Ecosystem.NPM, "Our-Banned-Lib", "1.0.0"),
                LookupOutcome.FOUND, OLD, OLD));
        Finding bundledHit = gate.check(Lookups.check(Lookups.dependency(Ecosystem.PYPI, "huggingface_cli", null),
                LookupOutcome.FOUND, OLD, null));
        Finding bare = gate.check(Lookups.check(Lookups.dependency(Ecosystem.CARGO, "everywhere_bad", null),
                LookupOutcome.FOUND, OLD, null));

        assertThat(policyHit.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(policyHit.evidence()).containsEntry("watchlist", "policy");
        assertThat(bundledHit.evidence()).containsEntry("watchlist", "bundled");
        assertThat(bare).isNotNull();
        assertThat(gate.check(Lookups.check(Lookups.dependency(Ecosystem.PYPI, "our-banned-lib", null),
                LookupOutcome.FOUND, OLD, null))).isNull();
        assertThat(gate.check(Lookups.check(Lookups.dependency(Ecosystem.NPM, "lodash", "4.17.21"),
                LookupOutcome.FOUND, OLD, OLD))).isNull();
    }

    @Test
    void shouldReRateAndDisableRulesByPolicy() {
        GatePolicy custom = new GatePolicy(Severity.CRITICAL, Severity.HIGH, null, 90, 7, OutagePolicy.FAIL_OPEN,
                Scope.CHANGED, Set.of(), Set.of("new-version"), Map.of("package-missing", Severity.HIGH), null);
        FindingFactory customFactory = new FindingFactory(custom);
        Dependency dependency = Lookups.dependency(Ecosystem.NPM, "not-there-at-all", "1.0.0");

        Finding missing = new ExistenceGate(customFactory, hints).check(Lookups.check(dependency,
                LookupOutcome.PACKAGE_MISSING, null, null));
        List<Finding> age = new AgeGate(customFactory, hints, CLOCK, custom).check(Lookups.check(dependency,
                LookupOutcome.FOUND, OLD, NOW));

        assertThat(missing.severity()).isEqualTo(Severity.HIGH);
        assertThat(age).isEmpty();
    }

    @Test
    void shouldFlagOnlyTheLessCredibleOfTwoSimilarProjectDependencies() {
        TyposquatGate gate = new TyposquatGate(factory, TyposquatIndex.of(Map.of(Ecosystem.NPM, List.of())));
        DependencyCheck original = Lookups.check(Lookups.dependency(Ecosystem.NPM, "acme-widgets", "1.0.0"),
                LookupOutcome.FOUND, OLD, OLD);
        DependencyCheck copy = Lookups.check(Lookups.dependency(Ecosystem.NPM, "acme-widgest", "1.0.0"),
                LookupOutcome.FOUND, NOW, NOW);
        List<PackageName> project = List.of(PackageName.of(Ecosystem.NPM, "acme-widgets"),
                PackageName.of(Ecosystem.NPM, "acme-widgest"));

        List<Finding> findings = gate.check(List.of(original, copy), project);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.evidence()).containsEntry("package", "acme-widgest")
                    .containsEntry("similarTo", "acme-widgets").containsEntry("similarToSource", "project-dependency")
                    .containsEntry("technique", "transposition");
            assertThat(finding.severity()).isEqualTo(Severity.HIGH);
        });
    }
}
