package io.jenkins.plugins.aigov.engine.dependencies.registry;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.dependencies.Ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Maven client against a real static repository layout ({@link MavenRepositoryLayout}, as {@code mvn deploy}
 * writes it) served over HTTP on loopback by {@link StaticRegistryServer}; version dates come from
 * {@code Last-Modified}.
 */
class MavenRepositoryTest {
    @TempDir
    private Path root;
    private StaticRegistryServer server;
    private RegistryClient client;

    @BeforeEach
    void deploy() throws IOException {
        MavenRepositoryLayout.deploy(root, "org.example.tools", "widget-core", MavenRepositoryLayout.versions(
                "1.0.0", "2018-02-03T04:05:06Z", "1.1.0", "2019-07-08T09:10:11Z", "2.0.0", "2021-12-24T18:00:00Z"));
        server = new StaticRegistryServer(root);
        client = RegistryClient.create(Registries.only(RegistryConfig.of("test-repo", Ecosystem.MAVEN, server.url()))
                .build());
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void shouldFindAVersionWithItsDateAndTheFirstPublication() {
        PackageLookup lookup = client.lookup(PackageQuery.of(Ecosystem.MAVEN, "org.example.tools:widget-core",
                "1.1.0"));

        assertThat(lookup.outcome()).isEqualTo(LookupOutcome.FOUND);
        assertThat(lookup.versionPublished()).isEqualTo(Instant.parse("2019-07-08T09:10:11Z"));
        assertThat(lookup.packageCreated()).isEqualTo(Instant.parse("2018-02-03T04:05:06Z"));
        assertThat(lookup.latestVersion()).isEqualTo("2.0.0");
        assertThat(lookup.versionCount()).isEqualTo(3);
        assertThat(lookup.evidence()).extracting(LookupEvidence::url).containsExactly(
                server.url() + "/org/example/tools/widget-core/maven-metadata.xml",
                server.url() + "/org/example/tools/widget-core/1.1.0/widget-core-1.1.0.pom");
        assertThat(server.requests()).as("metadata, asked POM, oldest POM").isEqualTo(3);
    }

    @Test
    void shouldReportAnInventedArtifactAsPackageMissing() {
        PackageLookup lookup = client.lookup(PackageQuery.of(Ecosystem.MAVEN, "org.example.tools:widget-cor3",
                "1.0.0"));

        assertThat(lookup.outcome()).isEqualTo(LookupOutcome.PACKAGE_MISSING);
        assertThat(lookup.evidence()).first().extracting(LookupEvidence::httpStatus).isEqualTo(404);
    }

    @Test
    void shouldReportAnUnknownVersionAsVersionMissing() {
        PackageLookup lookup = client.lookup(PackageQuery.of(Ecosystem.MAVEN, "org.example.tools:widget-core",
                "3.0.0"));

        assertThat(lookup.outcome()).isEqualTo(LookupOutcome.VERSION_MISSING);
        assertThat(lookup.packageCreated()).isEqualTo(Instant.parse("2018-02-03T04:05:06Z"));
    }

    @Test
    void shouldFindAVersionThatTheMetadataDoesNotListYet() throws IOException {
        server.file("org/example/tools/widget-core/2.1.0/widget-core-2.1.0.pom", "<project/>",
                Instant.parse("2022-03-04T05:06:07Z"));

        PackageLookup lookup = client.lookup(PackageQuery.of(Ecosystem.MAVEN, "org.example.tools:widget-core",
                "2.1.0"));

        assertThat(lookup.outcome()).isEqualTo(LookupOutcome.FOUND);
        assertThat(lookup.versionPublished()).isEqualTo(Instant.parse("2022-03-04T05:06:07Z"));
    }

    @Test
    void shouldFindThePackageWithoutAVersion() {
        PackageLookup lookup = client.lookup(PackageQuery.of(Ecosystem.MAVEN, "org.example.tools:widget-core",
                null));

        assertThat(lookup.outcome()).isEqualTo(LookupOutcome.FOUND);
        assertThat(lookup.versionPublished()).isNull();
        assertThat(lookup.packageCreated()).isEqualTo(Instant.parse("2018-02-03T04:05:06Z"));
    }

    @Test
    void shouldReadGzippedAnswers() {
        server.gzip(true);

        PackageLookup lookup = client.lookup(PackageQuery.of(Ecosystem.MAVEN, "org.example.tools:widget-core",
                "2.0.0"));

        assertThat(lookup.outcome()).isEqualTo(LookupOutcome.FOUND);
        assertThat(lookup.versionPublished()).isEqualTo(Instant.parse("2021-12-24T18:00:00Z"));
    }

    @Test
    void shouldNotAskForANameThatCannotBeACoordinate() {
        PackageLookup lookup = client.lookup(PackageQuery.of(Ecosystem.MAVEN, "../../etc:passwd", "1"));

        assertThat(lookup.outcome()).isEqualTo(LookupOutcome.UNVERIFIED);
        assertThat(server.requests()).isZero();
    }
}
