package io.jenkins.plugins.aigov.engine.bom;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.aigov.engine.bom.VerificationResult.Status;
import io.jenkins.plugins.aigov.engine.report.ReportFiles;

/**
 * Checks a signed BOM: the public key (X.509 SubjectPublicKeyInfo PEM, Ed25519 or ECDSA P-256), then the DSSE
 * envelope's shape, then a signature over the pre-authentication encoding, then the in-toto statement inside, and
 * last that the BOM's SHA-256 is the subject's. Stateless and thread-safe.
 */
public final class BomVerifier {
    private BomVerifier() {
    }

    /**
     * Verifies a BOM against its envelope.
     *
     * @param bomBytes     the exact bytes of {@code bom.cdx.json}
     * @param envelopeJson the envelope ({@code bom.intoto.jsonl}; its first non-blank line is read)
     * @param publicKeyPem the signer's public key
     * @return the result, never {@code null}
     */
    public static VerificationResult verify(final byte[] bomBytes, final String envelopeJson,
            final String publicKeyPem) {
        PublicKey key;
        KeyType type;
        try {
            key = SigningKeys.publicKey(publicKeyPem);
            type = SigningKeys.type(key);
        }
        catch (UnsupportedKeyException e) {
            return new VerificationResult(Status.UNSUPPORTED_KEY, e.getMessage(), null);
        }
        String keyId = BomJson.sha256(key.getEncoded());
        DsseEnvelope envelope;
        try {
            envelope = DsseEnvelope.parse(envelopeJson);
        }
        catch (IllegalArgumentException e) {
            return malformed(e.getMessage(), keyId);
        }
        if (!Dsse.IN_TOTO.equals(envelope.payloadType())) {
            return malformed("payloadType is '" + envelope.payloadType() + "', expected '" + Dsse.IN_TOTO + "'",
                    keyId);
        }
        VerificationResult signature = checkSignature(envelope, key, type, keyId);
        if (signature != null) {
            return signature;
        }
        return checkStatement(envelope.payload(), bomBytes, keyId);
    }

    private static VerificationResult checkSignature(final DsseEnvelope envelope, final PublicKey key,
            final KeyType type, final String keyId) {
        List<DsseEnvelope.Signed> candidates = envelope.signatures().stream()
                .filter(s -> s.keyId().isEmpty() || s.keyId().equalsIgnoreCase(keyId)).toList();
        if (candidates.isEmpty()) {
            return new VerificationResult(Status.BAD_SIGNATURE, "no signature by key " + keyId
                    + " in the envelope (it is signed by " + envelope.signatures().stream()
                    .map(DsseEnvelope.Signed::keyId).toList() + "): wrong key", keyId);
        }
        byte[] pae = Dsse.pae(envelope.payloadType(), envelope.payload());
        for (DsseEnvelope.Signed candidate : candidates) {
            if (verifies(pae, candidate.sig(), key, type)) {
                return null;
            }
        }
        return new VerificationResult(Status.BAD_SIGNATURE, "the signature does not verify with key " + keyId
                + ": the envelope was changed, or another key signed it", keyId);
    }

    private static boolean verifies(final byte[] message, final byte[] sig, final PublicKey key, final KeyType type) {
        try {
            Signature verifier = Signature.getInstance(type.signatureAlgorithm());
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(sig);
        }
        catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static VerificationResult checkStatement(final byte[] payload, final byte[] bomBytes,
            final String keyId) {
        JsonNode statement;
        try {
            statement = BomJson.MAPPER.readTree(payload);
        }
        catch (IOException e) {
            return malformed("the signed payload is not JSON", keyId);
        }
        if (statement == null || !BomStatement.STATEMENT_TYPE.equals(statement.path("_type").asText())) {
            return malformed("the signed payload is not an in-toto Statement v1 ('_type' is not '"
                    + BomStatement.STATEMENT_TYPE + "')", keyId);
        }
        if (!BomStatement.PREDICATE_TYPE.equals(statement.path("predicateType").asText())) {
            return malformed("the statement's predicateType is '" + statement.path("predicateType").asText()
                    + "', expected '" + BomStatement.PREDICATE_TYPE + "'", keyId);
        }
        String signed = null;
        for (JsonNode subject : statement.path("subject")) {
            if (ReportFiles.BOM_JSON.equals(subject.path("name").asText())) {
                signed = subject.path("digest").path("sha256").asText(null);
            }
        }
        if (signed == null) {
            return malformed("the statement has no subject '" + ReportFiles.BOM_JSON + "' with a sha256 digest",
                    keyId);
        }
        String actual = BomJson.sha256(bomBytes);
        if (!actual.equalsIgnoreCase(signed)) {
            return new VerificationResult(Status.DIGEST_MISMATCH, "the BOM digest sha256:" + actual
                    + " does not match the statement subject sha256:" + signed
                    + " (the BOM was changed after signing)", keyId);
        }
        return new VerificationResult(Status.OK, "OK: signed by key " + keyId + ", BOM sha256:" + actual, keyId);
    }

    private static VerificationResult malformed(final String message, final String keyId) {
        return new VerificationResult(Status.MALFORMED_ENVELOPE, "malformed envelope: " + message, keyId);
    }
}
