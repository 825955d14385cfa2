package io.jenkins.plugins.aigov.engine.bom;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECKey;
import java.security.interfaces.EdECKey;
import java.security.spec.ECParameterSpec;
import java.security.spec.KeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Map;

/**
 * Reads PEM keys with the JDK only: PKCS#8 {@code PRIVATE KEY} and X.509 SubjectPublicKeyInfo {@code PUBLIC KEY},
 * Ed25519 or ECDSA P-256; anything else is refused with a message that says what it is.
 */
final class SigningKeys {
    private static final Map<String, String> OTHER_LABELS = Map.of(
            "EC PRIVATE KEY", "a SEC1 'EC PRIVATE KEY'; convert it to PKCS#8 ('openssl pkcs8 -topk8 -nocrypt')",
            "ENCRYPTED PRIVATE KEY", "an encrypted private key; give the decrypted PKCS#8 key",
            "RSA PRIVATE KEY", "an RSA key; only Ed25519 and ECDSA P-256 are supported",
            "OPENSSH PRIVATE KEY", "an OpenSSH key; export it as PKCS#8 PEM",
            "CERTIFICATE", "a certificate; give the public key ('openssl x509 -pubkey -noout')");

    private SigningKeys() {
    }

    static PrivateKey privateKey(final String pem) throws UnsupportedKeyException {
        Pem block = Pem.parse(pem, "the private key");
        expect(block, "PRIVATE KEY", "the private key");
        return (PrivateKey) decode(new PKCS8EncodedKeySpec(block.der()), true);
    }

    static PublicKey publicKey(final String pem) throws UnsupportedKeyException {
        Pem block = Pem.parse(pem, "the public key");
        expect(block, "PUBLIC KEY", "the public key");
        return (PublicKey) decode(new X509EncodedKeySpec(block.der()), false);
    }

    private static void expect(final Pem block, final String label, final String what)
            throws UnsupportedKeyException {
        if (!block.label().equals(label)) {
            String known = OTHER_LABELS.get(block.label());
            throw new UnsupportedKeyException(what + " is " + (known != null ? known
                    : "a '" + block.label() + "' PEM block; expected '" + label + "'"));
        }
    }

    private static Key decode(final KeySpec spec, final boolean isPrivate) throws UnsupportedKeyException {
        for (String algorithm : new String[] {"EdDSA", "EC", "RSA", "DSA", "XDH"}) {
            Key key;
            try {
                KeyFactory factory = KeyFactory.getInstance(algorithm);
                key = isPrivate ? factory.generatePrivate(spec) : factory.generatePublic(spec);
            }
            catch (GeneralSecurityException | ClassCastException e) {
                continue;
            }
            type(key);
            return key;
        }
        throw new UnsupportedKeyException("the " + (isPrivate ? "private" : "public")
                + " key is not a readable " + (isPrivate ? "PKCS#8" : "SubjectPublicKeyInfo") + " key");
    }

    /** The type of a key this signer supports. */
    static KeyType type(final Key key) throws UnsupportedKeyException {
        if (key instanceof EdECKey) {
            String curve = ((EdECKey) key).getParams().getName();
            if ("Ed25519".equalsIgnoreCase(curve)) {
                return KeyType.ED25519;
            }
            throw new UnsupportedKeyException("unsupported key type " + curve + " (use Ed25519 or ECDSA P-256)");
        }
        if (key instanceof ECKey) {
            if (isP256(((ECKey) key).getParams())) {
                return KeyType.ECDSA_P256;
            }
            throw new UnsupportedKeyException("unsupported key type: an EC key on a curve other than P-256 ("
                    + ((ECKey) key).getParams().getCurve().getField().getFieldSize() + " bits)");
        }
        throw new UnsupportedKeyException("unsupported key type " + key.getAlgorithm()
                + " (use Ed25519 or ECDSA P-256)");
    }

    private static boolean isP256(final ECParameterSpec params) {
        ECParameterSpec p256 = P256.params();
        return params.getOrder().equals(p256.getOrder()) && params.getCurve().equals(p256.getCurve())
                && params.getGenerator().equals(p256.getGenerator());
    }
}
