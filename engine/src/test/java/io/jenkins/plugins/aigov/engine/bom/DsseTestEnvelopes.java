package io.jenkins.plugins.aigov.engine.bom;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;

/** Signs arbitrary payloads, to forge envelopes the signer would never write. */
final class DsseTestEnvelopes {
    private DsseTestEnvelopes() {
    }

    static String signed(final TestKeys keys, final String payload) throws GeneralSecurityException {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance(keys.pair().getPrivate().getAlgorithm().equals("EC")
                ? "SHA256withECDSA" : "Ed25519");
        signer.initSign(keys.pair().getPrivate());
        signer.update(Dsse.pae(Dsse.IN_TOTO, bytes));
        return "{\"payloadType\":\"" + Dsse.IN_TOTO + "\",\"payload\":\"" + Base64.getEncoder().encodeToString(bytes)
                + "\",\"signatures\":[{\"keyid\":\"\",\"sig\":\"" + Base64.getEncoder().encodeToString(signer.sign())
                + "\"}]}";
    }
}
