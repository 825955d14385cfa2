package io.jenkins.plugins.aigov.engine.bom;

/** The signing keys the BOM signer accepts, with their JDK signature algorithms. */
enum KeyType {
    /** Ed25519 (RFC 8032), 64-byte signatures. */
    ED25519("Ed25519"),
    /** ECDSA on NIST P-256 with SHA-256, ASN.1 DER signatures. */
    ECDSA_P256("SHA256withECDSA");

    private final String signatureAlgorithm;

    KeyType(final String signatureAlgorithm) {
        this.signatureAlgorithm = signatureAlgorithm;
    }

    String signatureAlgorithm() {
        return signatureAlgorithm;
    }
}
