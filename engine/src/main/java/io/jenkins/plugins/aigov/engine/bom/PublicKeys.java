package io.jenkins.plugins.aigov.engine.bom;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.NamedParameterSpec;

/**
 * The public key of a private key, so that a signer needs only its private key: for Ed25519 the JDK's own key
 * generator is fed the private key's seed; for P-256 the point {@code d·G} is computed. Either way the result is
 * checked by signing and verifying a probe.
 */
final class PublicKeys {
    private static final byte[] PROBE = "aigov key check".getBytes(StandardCharsets.US_ASCII);

    private PublicKeys() {
    }

    static PublicKey of(final PrivateKey key, final KeyType type) throws UnsupportedKeyException {
        try {
            PublicKey derived = type == KeyType.ED25519 ? ed25519((EdECPrivateKey) key) : p256((ECPrivateKey) key);
            Signature signer = Signature.getInstance(type.signatureAlgorithm());
            signer.initSign(key);
            signer.update(PROBE);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(type.signatureAlgorithm());
            verifier.initVerify(derived);
            verifier.update(PROBE);
            if (!verifier.verify(signature)) {
                throw new UnsupportedKeyException("cannot derive the public key of this private key");
            }
            return derived;
        }
        catch (GeneralSecurityException e) {
            throw new UnsupportedKeyException("cannot use this private key: " + e.getMessage());
        }
    }

    private static PublicKey ed25519(final EdECPrivateKey key) throws GeneralSecurityException,
            UnsupportedKeyException {
        byte[] seed = key.getBytes().orElseThrow(() -> new UnsupportedKeyException("the Ed25519 key hides its seed"));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        generator.initialize(NamedParameterSpec.ED25519, new SeedRandom(seed));
        return generator.generateKeyPair().getPublic();
    }

    private static PublicKey p256(final ECPrivateKey key) throws GeneralSecurityException {
        return KeyFactory.getInstance("EC").generatePublic(
                new ECPublicKeySpec(P256.multiply(key.getS(), key.getParams()), key.getParams()));
    }

    /** Hands out the given seed as the "random" bytes of a new key. */
    private static final class SeedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] seed;

        SeedRandom(final byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(final byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("unexpected request for " + bytes.length + " random bytes");
            }
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
        }
    }
}
