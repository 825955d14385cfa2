package io.jenkins.plugins.aigov.engine.bom;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.jenkins.plugins.aigov.engine.bom.VerificationResult.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DSSE signatures over the BOM statement, with Ed25519 and ECDSA P-256 keys. */
class BomSigningTest {
    @TempDir
    static Path tmp;
    static AiBom bom;

    @BeforeAll
    static void build() throws Exception {
        bom = BomFixtures.fullBuilder(BomFixtures.aiRepository(tmp.resolve("repo"), "")).build();
    }

    private static String reEncode(final String envelope, final java.util.function.Consumer<ObjectNode> change) {
        ObjectNode tree = (ObjectNode) BomTrees.tree(envelope);
        change.accept(tree);
        return tree.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ed25519", "P-256"})
    void shouldSignAndVerify(final String type) throws Exception {
        TestKeys keys = TestKeys.generate(type);
        BomSigner signer = BomSigner.fromPem(keys.privatePem());

        String envelope = signer.sign(bom);
        VerificationResult result = BomVerifier.verify(bom.bytes(), envelope, keys.publicPem());

        assertThat(result.status()).as(result.message()).isEqualTo(Status.OK);
        assertThat(result.isOk()).isTrue();
        assertThat(result.keyId()).isEqualTo(signer.keyId())
                .isEqualTo(BomJson.sha256(keys.pair().getPublic().getEncoded()));
        assertThat(envelope).endsWith("\n").doesNotContain("\n\n");
    }

    @Test
    void shouldWrapAnInTotoStatementWhoseSubjectIsTheBom() throws Exception {
        String envelope = BomSigner.fromPem(TestKeys.generate("Ed25519").privatePem()).sign(bom);
        JsonNode tree = BomTrees.tree(envelope);
        JsonNode statement = BomTrees.tree(new String(Base64.getDecoder().decode(tree.path("payload").asText()),
                StandardCharsets.UTF_8));

        assertThat(tree.path("payloadType").asText()).isEqualTo("application/vnd.in-toto+json");
        assertThat(statement.path("_type").asText()).isEqualTo("https://in-toto.io/Statement/v1");
        assertThat(statement.path("subject").get(0).path("name").asText()).isEqualTo("bom.cdx.json");
        assertThat(statement.path("subject").get(0).path("digest").path("sha256").asText()).isEqualTo(bom.digest());
        assertThat(statement.path("predicateType").asText()).isEqualTo("https://cyclonedx.org/bom");
        assertThat(statement.path("predicate").path("serialNumber").asText()).isEqualTo(bom.serialNumber());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ed25519", "P-256"})
    void shouldDetectATamperedBom(final String type) throws Exception {
        TestKeys keys = TestKeys.generate(type);
        String envelope = BomSigner.fromPem(keys.privatePem()).sign(bom);
        byte[] tampered = bom.bytes();
        tampered[tampered.length / 2] ^= 0x01;

        VerificationResult result = BomVerifier.verify(tampered, envelope, keys.publicPem());

        assertThat(result.status()).isEqualTo(Status.DIGEST_MISMATCH);
        assertThat(result.message()).contains("does not match the statement subject").contains(bom.digest());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ed25519", "P-256"})
    void shouldDetectATamperedSignature(final String type) throws Exception {
        TestKeys keys = TestKeys.generate(type);
        String envelope = BomSigner.fromPem(keys.privatePem()).sign(bom);
        String tampered = reEncode(envelope, tree -> {
            ObjectNode signature = (ObjectNode) tree.path("signatures").get(0);
            byte[] sig = Base64.getDecoder().decode(signature.path("sig").asText());
            sig[sig.length - 1] ^= 0x01;
            signature.put("sig", Base64.getEncoder().encodeToString(sig));
        });

        VerificationResult result = BomVerifier.verify(bom.bytes(), tampered, keys.publicPem());

        assertThat(result.status()).isEqualTo(Status.BAD_SIGNATURE);
        assertThat(result.message()).contains("does not verify");
    }

    @Test
    void shouldDetectATamperedPayload() throws Exception {
        TestKeys keys = TestKeys.generate("Ed25519");
        String envelope = BomSigner.fromPem(keys.privatePem()).sign(bom);
        String other = Base64.getEncoder().encodeToString(BomStatement.of("{}".getBytes(StandardCharsets.UTF_8)));

        VerificationResult result = BomVerifier.verify(bom.bytes(),
                reEncode(envelope, tree -> tree.put("payload", other)), keys.publicPem());

        assertThat(result.status()).isEqualTo(Status.BAD_SIGNATURE);
    }

    @Test
    void shouldRefuseASignatureByAnotherKey() throws Exception {
        String envelope = BomSigner.fromPem(TestKeys.generate("Ed25519").privatePem()).sign(bom);
        TestKeys other = TestKeys.generate("Ed25519");

        VerificationResult result = BomVerifier.verify(bom.bytes(), envelope, other.publicPem());

        assertThat(result.status()).isEqualTo(Status.BAD_SIGNATURE);
        assertThat(result.message()).contains("wrong key").contains(result.keyId());
    }

    @Test
    void shouldRefuseASignatureWhoseKeyIdWasRemovedButKeyIsWrong() throws Exception {
        String envelope = BomSigner.fromPem(TestKeys.generate("P-256").privatePem()).sign(bom);
        String anonymous = reEncode(envelope, tree -> ((ObjectNode) tree.path("signatures").get(0)).remove("keyid"));
        TestKeys other = TestKeys.generate("P-256");

        assertThat(BomVerifier.verify(bom.bytes(), anonymous, other.publicPem()).status())
                .isEqualTo(Status.BAD_SIGNATURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "not json",
            "[1,2]",
            "{\"payload\":\"e30=\",\"signatures\":[{\"sig\":\"AA==\"}]}",
            "{\"payloadType\":\"application/vnd.in-toto+json\",\"signatures\":[{\"sig\":\"AA==\"}]}",
            "{\"payloadType\":\"application/vnd.in-toto+json\",\"payload\":\"%%%\","
                    + "\"signatures\":[{\"sig\":\"AA==\"}]}",
            "{\"payloadType\":\"application/vnd.in-toto+json\",\"payload\":\"e30=\"}",
            "{\"payloadType\":\"application/vnd.in-toto+json\",\"payload\":\"e30=\",\"signatures\":[]}",
            "{\"payloadType\":\"application/vnd.in-toto+json\",\"payload\":\"e30=\","
                    + "\"signatures\":[{\"keyid\":\"k\"}]}",
            "{\"payloadType\":\"text/plain\",\"payload\":\"e30=\",\"signatures\":[{\"sig\":\"AA==\"}]}"})
    void shouldNameWhatIsWrongWithAMalformedEnvelope(final String envelope) {
        TestKeys keys = TestKeys.generate("Ed25519");

        VerificationResult result = BomVerifier.verify(bom.bytes(), envelope, keys.publicPem());

        assertThat(result.status()).isEqualTo(Status.MALFORMED_ENVELOPE);
        assertThat(result.message()).startsWith("malformed envelope: ");
    }

    @Test
    void shouldNameTheMissingField() {
        TestKeys keys = TestKeys.generate("Ed25519");

        assertThat(BomVerifier.verify(bom.bytes(), "{\"payloadType\":\"application/vnd.in-toto+json\","
                + "\"signatures\":[{\"sig\":\"AA==\"}]}", keys.publicPem()).message()).contains("'payload'");
        assertThat(BomVerifier.verify(bom.bytes(), "{\"payloadType\":\"application/vnd.in-toto+json\","
                + "\"payload\":\"e30=\",\"signatures\":[{\"keyid\":\"k\"}]}", keys.publicPem()).message())
                .contains("signatures[0].sig");
    }

    @Test
    void shouldRefuseASignedStatementThatIsNotABomStatement() throws Exception {
        TestKeys keys = TestKeys.generate("Ed25519");
        BomSigner signer = BomSigner.fromPem(keys.privatePem());
        String envelope = signer.sign(bom);
        String statement = new String(Base64.getDecoder().decode(BomTrees.tree(envelope).path("payload").asText()),
                StandardCharsets.UTF_8).replace("https://cyclonedx.org/bom", "https://slsa.dev/provenance/v1");
        String forged = DsseTestEnvelopes.signed(keys, statement);

        VerificationResult result = BomVerifier.verify(bom.bytes(), forged, keys.publicPem());

        assertThat(result.status()).isEqualTo(Status.MALFORMED_ENVELOPE);
        assertThat(result.message()).contains("predicateType");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSA", "P-384"})
    void shouldRefuseUnsupportedKeys(final String type) {
        TestKeys keys = TestKeys.generate(type);

        assertThatThrownBy(() -> BomSigner.fromPem(keys.privatePem())).isInstanceOf(UnsupportedKeyException.class)
                .hasMessageContaining("unsupported key type");
        VerificationResult result = BomVerifier.verify(bom.bytes(), "{}", keys.publicPem());
        assertThat(result.status()).isEqualTo(Status.UNSUPPORTED_KEY);
        assertThat(result.message()).contains("unsupported key type");
    }

    @Test
    void shouldExplainKeyFormatsItDoesNotRead() throws Exception {
        TestKeys keys = TestKeys.generate("Ed25519");

        assertThatThrownBy(() -> BomSigner.fromPem(keys.publicPem())).hasMessageContaining("expected 'PRIVATE KEY'");
        assertThatThrownBy(() -> BomSigner.fromPem(keys.privatePem().replace("PRIVATE KEY", "EC PRIVATE KEY")))
                .hasMessageContaining("PKCS#8");
        assertThatThrownBy(() -> BomSigner.fromPem("no key here")).hasMessageContaining("not PEM");
        assertThat(BomVerifier.verify(bom.bytes(), "{}", keys.privatePem()).status())
                .isEqualTo(Status.UNSUPPORTED_KEY);
    }

    @Test
    void shouldEncodeThePreAuthenticationAsDsseDefines() {
        assertThat(new String(Dsse.pae("http://example.com/HelloWorld", "hello world".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8)).isEqualTo("DSSEv1 29 http://example.com/HelloWorld 11 hello world");
    }
}
