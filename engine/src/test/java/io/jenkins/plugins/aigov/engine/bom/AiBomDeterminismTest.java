package io.jenkins.plugins.aigov.engine.bom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.aigov.engine.dependencies.Dependency;
import io.jenkins.plugins.aigov.engine.provenance.ProvenanceResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Same input, same bytes; other content, other digest and serial number. */
class AiBomDeterminismTest {
    @TempDir
    Path tmp;

    @Test
    void shouldWriteByteIdenticalBomsForTwoIdenticalRepositories() throws Exception {
        ProvenanceResult first = BomFixtures.aiRepository(tmp.resolve("one"), "");
        ProvenanceResult second = BomFixtures.aiRepository(tmp.resolve("two"), "");

        AiBom a = BomFixtures.fullBuilder(first).build();
        AiBom b = BomFixtures.fullBuilder(second).build();

        assertThat(b.bytes()).isEqualTo(a.bytes());
        assertThat(b.serialNumber()).isEqualTo(a.serialNumber());
        assertThat(b.digest()).isEqualTo(a.digest());
        assertThat(UUID.fromString(a.serialNumber().substring("urn:uuid:".length())).version()).isEqualTo(5);
    }

    @Test
    void shouldNotDependOnTheOrderOfTheDependencies() throws Exception {
        ProvenanceResult provenance = BomFixtures.aiRepository(tmp.resolve("repo"), "");
        List<Dependency> shuffled = new ArrayList<>(BomFixtures.dependencies());
        Collections.reverse(shuffled);

        AiBom a = BomFixtures.fullBuilder(provenance).build();
        AiBom b = BomFixtures.fullBuilder(provenance).dependencies(shuffled).build();

        assertThat(b.toJson()).isEqualTo(a.toJson());
    }

    @Test
    void shouldChangeDigestAndSerialWhenAFileChanges() throws Exception {
        AiBom a = BomFixtures.fullBuilder(BomFixtures.aiRepository(tmp.resolve("one"), "")).build();
        AiBom b = BomFixtures.fullBuilder(BomFixtures.aiRepository(tmp.resolve("two"), "-changed")).build();

        assertThat(b.digest()).isNotEqualTo(a.digest());
        assertThat(b.serialNumber()).isNotEqualTo(a.serialNumber());
    }

    @Test
    void shouldDeriveVersion5UuidsAsTheRfcDefines() {
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        assertThat(SerialNumbers.uuid5(dns, "python.org"))
                .isEqualTo(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"));
    }
}
