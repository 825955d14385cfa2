package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asks the real public Maven and npm registries (the defaults of {@link PublicRegistries}) about a well-known package
 * and an invented one. Needs the network, so it is tagged {@code live} and runs only with {@code -Plive}.
 */
@Tag("live")
class LiveRegistriesTest {
    @Test
    void shouldAnswerForRealAndInventedPackages() {
        try (RegistryClient client = RegistryClient.create(RegistrySettings.defaults())) {
            List<PackageLookup> lookups = client.lookup(List.of(
                    PackageQuery.of(Ecosystem.MAVEN, "org.apache.commons:commons-lang3", "3.12.0"),
                    PackageQuery.of(Ecosystem.MAVEN, "io.jenkins.plugins.aigov.invented:no-such-artifact-7f3a", "1.0"),
                    PackageQuery.of(Ecosystem.NPM, "left-pad", "1.3.0"),
                    PackageQuery.of(Ecosystem.NPM, "aigov-invented-package-7f3a9c", "1.0.0")));

            assertThat(lookups).extracting(PackageLookup::outcome).containsExactly(LookupOutcome.FOUND,
                    LookupOutcome.PACKAGE_MISSING, LookupOutcome.FOUND, LookupOutcome.PACKAGE_MISSING);
            PackageLookup maven = lookups.get(0);
            if (maven.versionPublished() == null) {
                // some proxies in front of the public repository drop Last-Modified; the evidence must say so
                assertThat(maven.evidence()).last().extracting(LookupEvidence::detail).asString()
                        .contains("no Last-Modified");
            }
            else {
                assertThat(maven.packageCreated()).isBeforeOrEqualTo(maven.versionPublished());
            }
            assertThat(lookups.get(2).packageCreated()).isBeforeOrEqualTo(lookups.get(2).versionPublished());
            assertThat(lookups.get(2).deprecated()).isFalse();
        }
    }
}
