package io.jenkins.plugins.aigov.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code aigov bom} and {@code aigov verify} on a real repository, with a key pair made by the test.
 */
class BomSubcommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    private static String pem(final String type, final byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private Path[] keys() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path privateKey = Files.writeString(tmp.resolve("bom.key"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Path publicKey = Files.writeString(tmp.resolve("bom.pub"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        return new Path[] {privateKey, publicKey};
    }

    @Test
    void shouldWriteABomNamingTheAgentsAndTheAiFiles() throws Exception {
        Repositories.Demo demo = Repositories.demo(tmp.resolve("repo"));
        Path out = tmp.resolve("out");

        CliRun run = CliRun.of("bom", "--repo", demo.dir().toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode bom = MAPPER.readTree(out.resolve("bom.cdx.json").toFile());
        assertThat(bom.get("bomFormat").asText()).isEqualTo("CycloneDX");
        assertThat(bom.get("specVersion").asText()).isEqualTo("1.6");
        // The demo's commits name Claude Code and the Copilot agent but no model, so no model component.
        assertThat(bom.get("components").findValuesAsText("bom-ref"))
                .contains("agent:claude-code", "agent:copilot", "file:src/parser.py", "file:src/config/limits.py")
                .noneMatch(ref -> ref.startsWith("model:"));
        assertThat(run.out()).contains("AI-BOM urn:uuid:");
    }

    @Test
    void shouldSignAndVerifyAndRejectATamperedBom() throws Exception {
        Repositories.Demo demo = Repositories.demo(tmp.resolve("repo"));
        Path out = tmp.resolve("out");
        Path[] keys = keys();

        CliRun signed = CliRun.of("bom", "--repo", demo.dir().toString(), "--sign-key", keys[0].toString(),
                "--out", out.toString());
        Path bom = out.resolve("bom.cdx.json");
        Path sig = out.resolve("bom.intoto.jsonl");
        CliRun verified = CliRun.of("verify", "--bom", bom.toString(), "--sig", sig.toString(), "--key",
                keys[1].toString());
        Files.writeString(bom, Files.readString(bom).replace("\"1.6\"", "\"1.6\" "));
        CliRun tampered = CliRun.of("verify", "--bom", bom.toString(), "--sig", sig.toString(), "--key",
                keys[1].toString());

        assertThat(signed.exitCode()).as(signed.toString()).isZero();
        assertThat(verified.exitCode()).as(verified.toString()).isZero();
        assertThat(verified.out()).contains("verified");
        assertThat(tampered.exitCode()).isEqualTo(ExitCodes.VERIFY_FAILED);
        assertThat(tampered.err()).contains("NOT verified").contains("DIGEST_MISMATCH");
    }

    @Test
    void shouldRejectAVerificationWithTheWrongKey() throws Exception {
        Repositories.Demo demo = Repositories.demo(tmp.resolve("repo"));
        Path out = tmp.resolve("out");
        Path[] signer = keys();
        CliRun.of("bom", "--repo", demo.dir().toString(), "--sign-key", signer[0].toString(), "--out", out.toString());
        Files.createDirectories(tmp.resolve("other"));
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path otherKey = Files.writeString(tmp.resolve("other/other.pub"), pem("PUBLIC KEY", other.getPublic().getEncoded()));

        CliRun run = CliRun.of("verify", "--bom", out.resolve("bom.cdx.json").toString(), "--sig",
                out.resolve("bom.intoto.jsonl").toString(), "--key", otherKey.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.VERIFY_FAILED);
        assertThat(run.err()).contains("BAD_SIGNATURE");
    }

    @Test
    void shouldSayWhichFileIsMissing() {
        CliRun run = CliRun.of("verify", "--bom", tmp.resolve("none.json").toString(), "--sig",
                tmp.resolve("none.jsonl").toString(), "--key", tmp.resolve("none.pub").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("none.json");
    }
}
