package io.jenkins.plugins.aigov.engine.bom;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Signs a BOM: a DSSE envelope ({@code payloadType} {@value Dsse#IN_TOTO}) around the {@link BomStatement}, signed
 * with an Ed25519 or ECDSA P-256 key given as PKCS#8 PEM. The key id is the lower-case hex SHA-256 of the public
 * key's SubjectPublicKeyInfo DER. Thread-safe.
 */
public final class BomSigner {
    private final PrivateKey key;
    private final KeyType type;
    private final String keyId;

    private BomSigner(final PrivateKey key, final KeyType type, final PublicKey publicKey) {
        this.key = key;
        this.type = type;
        this.keyId = BomJson.sha256(publicKey.getEncoded());
    }

    /**
     * A signer for a PKCS#8 PEM private key ({@code -----BEGIN PRIVATE KEY-----}).
     *
     * @throws UnsupportedKeyException when the key is not PKCS#8 PEM, or neither Ed25519 nor ECDSA P-256
     */
    public static BomSigner fromPem(final String privateKeyPem) throws UnsupportedKeyException {
        PrivateKey key = SigningKeys.privateKey(privateKeyPem);
        KeyType type = SigningKeys.type(key);
        return new BomSigner(key, type, PublicKeys.of(key, type));
    }

    /** The key id written into each signature. */
    public String keyId() {
        return keyId;
    }

    /** The signature algorithm: {@code Ed25519} or {@code ECDSA-P256-SHA256}. */
    public String algorithm() {
        return type == KeyType.ED25519 ? "Ed25519" : "ECDSA-P256-SHA256";
    }

    /** The envelope for a BOM, as one JSON line with a final newline (the content of {@code bom.intoto.jsonl}). */
    public String sign(final AiBom bom) {
        return sign(bom.bytes());
    }

    /** The envelope for BOM bytes, as one JSON line with a final newline. */
    public String sign(final byte[] bomBytes) {
        byte[] payload = BomStatement.of(bomBytes);
        ObjectNode envelope = BomJson.object().put("payloadType", Dsse.IN_TOTO)
                .put("payload", Base64.getEncoder().encodeToString(payload));
        envelope.putArray("signatures").addObject().put("keyid", keyId)
                .put("sig", Base64.getEncoder().encodeToString(signature(Dsse.pae(Dsse.IN_TOTO, payload))));
        return BomJson.compact(envelope) + "\n";
    }

    private byte[] signature(final byte[] message) {
        try {
            Signature signer = Signature.getInstance(type.signatureAlgorithm());
            signer.initSign(key);
            signer.update(message);
            return signer.sign();
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with a key that was checked: " + e.getMessage(), e);
        }
    }
}
