package io.jenkins.plugins.aigov.engine.dependencies;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.jenkins.plugins.aigov.engine.dependencies.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class PomParserTest {
    private static ManifestParseResult parse(final String fixture) {
        return Manifests.parse("services/orders/pom.xml", Fixtures.bytes(fixture));
    }

    @Test
    void shouldReadEveryDeclarationOfASpringBootPom() {
        ManifestParseResult result = Manifests.parse("pom.xml", Fixtures.bytes("valid-spring-boot-pom.xml"));

        Fixtures.assertMatches(result, "expected-spring-boot-pom.txt");
        assertThat(result.isClean()).isTrue();
    }

    @Test
    void shouldMarkImportedBomsAndInterpolateProperties() {
        ManifestParseResult result = parse("valid-spring-boot-pom.xml");

        Dependency cloud = at(result, 30);
        assertThat(cloud.kind()).isEqualTo(DependencyKind.BOM_IMPORT);
        assertThat(cloud.name()).isEqualTo("org.springframework.cloud:spring-cloud-dependencies");
        assertThat(cloud.version()).isEqualTo("2023.0.1");
        assertThat(cloud.notes()).anyMatch(note -> note.startsWith("BOM import"));
        assertThat(at(result, 44).version()).as("nested property ${jjwt.base}.5").isEqualTo("0.12.5");
        assertThat(at(result, 44).kind()).isEqualTo(DependencyKind.MANAGED);
    }

    @Test
    void shouldResolveProjectCoordinatesAndKeepUnresolvedPropertiesRaw() {
        ManifestParseResult result = parse("valid-spring-boot-pom.xml");

        Dependency sibling = at(result, 66);
        assertThat(sibling.name()).isEqualTo("com.example.orders:orders-api");
        assertThat(sibling.version()).isEqualTo("1.4.0-SNAPSHOT");
        Dependency audit = at(result, 71);
        assertThat(audit.version()).isEqualTo("${audit.version}");
        assertThat(audit.notes()).anyMatch(note -> note.contains("unresolved property"));
    }

    @Test
    void shouldReadPluginsWithTheDefaultGroupAndTheirDependencies() {
        ManifestParseResult result = parse("valid-spring-boot-pom.xml");

        Dependency surefire = at(result, 91);
        assertThat(surefire.name()).isEqualTo("org.apache.maven.plugins:maven-surefire-plugin");
        assertThat(surefire.kind()).isEqualTo(DependencyKind.PLUGIN);
        assertThat(surefire.notes()).contains("in pluginManagement");
        assertThat(at(result, 107).name()).isEqualTo("org.mapstruct:mapstruct-processor");
        assertThat(at(result, 115).notes()).contains("dependency of plugin maven-compiler-plugin");
        assertThat(at(result, 129).notes()).anyMatch(note -> note.contains("in profile observability"));
        assertThat(at(result, 7).kind()).isEqualTo(DependencyKind.PARENT);
    }

    @Test
    void shouldReportMalformedXmlWithItsLineAndKeepWhatCameBefore() {
        ManifestParseResult result = parse("invalid-pom-malformed.xml");

        assertThat(result.dependencies()).extracting(Dependency::name).containsExactly("com.google.guava:guava");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.where()).isEqualTo("services/orders/pom.xml:15");
            assertThat(problem.message()).startsWith("malformed XML");
        });
    }

    @Test
    void shouldRefuseExternalEntitiesWithoutReadingTheFile(@TempDir final Path folder) throws IOException {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String pom = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE project [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                + "<project><groupId>g</groupId><artifactId>a</artifactId><version>1</version>\n"
                + "<dependencies><dependency><groupId>g</groupId><artifactId>&xxe;</artifactId>"
                + "<version>1</version></dependency></dependencies></project>\n";

        ManifestParseResult result = Manifests.parse("pom.xml", pom.getBytes(StandardCharsets.UTF_8));

        assertThat(result.dependencies()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.where()).isEqualTo("pom.xml:2");
            assertThat(problem.message()).contains("DTDs are not allowed");
        });
        assertThat(result.toString()).doesNotContain("TOP-SECRET-CONTENT");
    }

    @Test
    void shouldNotExpandBillionLaughs() {
        ManifestParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> parse("invalid-pom-billion-laughs.xml"));

        assertThat(result.dependencies()).isEmpty();
        assertThat(result.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("DTDs are not allowed"));
        assertThat(result.toString()).doesNotContain("lollol");
    }

    @Test
    void shouldStopAtAnUndeclaredEntityReference() {
        String pom = "<project><dependencies><dependency><groupId>g</groupId><artifactId>a</artifactId>"
                + "</dependency>\n<dependency><groupId>&foo;</groupId><artifactId>b</artifactId></dependency>"
                + "</dependencies></project>";

        ManifestParseResult result = Manifests.parse("pom.xml", pom.getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).singleElement().satisfies(problem -> assertThat(problem.where())
                .isEqualTo("pom.xml:2"));
        assertThat(result.dependencies()).extracting(Dependency::name).containsExactly("g:a");
    }
}
