package io.jenkins.plugins.aigov.engine.bom;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/** Fresh key pairs as PEM, made with the JDK. */
record TestKeys(String privatePem, String publicPem, KeyPair pair) {

    static TestKeys generate(final String type) {
        try {
            KeyPairGenerator generator;
            switch (type) {
                case "Ed25519":
                    generator = KeyPairGenerator.getInstance("Ed25519");
                    break;
                case "P-256":
                case "P-384":
                    generator = KeyPairGenerator.getInstance("EC");
                    generator.initialize(new ECGenParameterSpec(type.equals("P-256") ? "secp256r1" : "secp384r1"));
                    break;
                case "RSA":
                    generator = KeyPairGenerator.getInstance("RSA");
                    generator.initialize(2048);
                    break;
                default:
                    throw new IllegalArgumentException(type);
            }
            KeyPair pair = generator.generateKeyPair();
            return new TestKeys(pem("PRIVATE KEY", pair.getPrivate()), pem("PUBLIC KEY", pair.getPublic()), pair);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(final String label, final Key key) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded())
                + "\n-----END " + label + "-----\n";
    }
}
