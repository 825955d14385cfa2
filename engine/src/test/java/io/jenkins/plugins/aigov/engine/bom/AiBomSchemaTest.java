package io.jenkins.plugins.aigov.engine.bom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every BOM validates against the official CycloneDX 1.6 schema; a broken one is refused. */
class AiBomSchemaTest {
    @TempDir
    static Path tmp;
    static ProvenanceResult provenance;

    @BeforeAll
    static void repository() throws Exception {
        provenance = BomFixtures.aiRepository(tmp.resolve("repo"), "");
    }

    private static String resource(final String name) throws IOException {
        try (InputStream in = AiBomSchemaTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shouldWriteAFullBomThatTheCycloneDxParserAcceptsAsValid16() throws Exception {
        AiBom bom = BomFixtures.fullBuilder(provenance).build();

        assertThat(new JsonParser().validate(bom.toJson(), Version.VERSION_16)).isEmpty();
        assertThat(new JsonParser().parse(bom.bytes()).getSerialNumber()).isEqualTo(bom.serialNumber());
    }

    @Test
    void shouldWriteAValidBomWithoutDependenciesGatesOrBuild() throws Exception {
        AiBom bom = new AiBomBuilder().project("bare", null, null, null).tool("aigov", "0.1.0")
                .provenance(provenance).timestamp(Instant.EPOCH).build();

        assertThat(new JsonParser().validate(bom.toJson(), Version.VERSION_16)).isEmpty();
        assertThat(BomTrees.tree(bom).has("declarations")).isFalse();
    }

    @Test
    void shouldRefuseABomThatABugMadeInvalid() {
        AiBomBuilder builder = BomFixtures.fullBuilder(provenance).beforeValidation(
                tree -> ((ObjectNode) tree.path("components").get(0)).put("type", "robot"));

        assertThatThrownBy(builder::build).isInstanceOf(InvalidBomException.class)
                .hasMessageContaining("not valid CycloneDX 1.6")
                .hasMessageContaining("/components/0/type");
    }

    @Test
    void shouldRefuseAnUnknownFieldAddedByABug() {
        AiBomBuilder builder = BomFixtures.fullBuilder(provenance)
                .beforeValidation(tree -> ((ObjectNode) tree.path("metadata")).put("aiShare", 0.5));

        assertThatThrownBy(builder::build).isInstanceOf(InvalidBomException.class);
    }

    @Test
    void shouldAcceptTheValidFixture() throws Exception {
        assertThat(BomValidator.errors(BomTrees.tree(resource("valid-minimal.cdx.json")))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"invalid-component-type.cdx.json", "invalid-hash-alg.cdx.json",
            "invalid-signatory.cdx.json"})
    void shouldRejectTheInvalidFixtures(final String fixture) throws Exception {
        List<String> errors = BomValidator.errors(BomTrees.tree(resource(fixture)));

        assertThat(errors).as(fixture).isNotEmpty();
    }
}
