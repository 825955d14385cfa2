package io.jenkins.plugins.aigov.engine.bom;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A parsed DSSE envelope. {@link #parse} throws {@link IllegalArgumentException} with a message that names the
 * missing or broken field.
 *
 * @param payloadType the payload type
 * @param payload     the decoded payload
 * @param signatures  the signatures, in envelope order
 */
record DsseEnvelope(String payloadType, byte[] payload, List<Signed> signatures) {

    /**
     * One signature.
     *
     * @param keyId the key id, or {@code ""} when the envelope gives none
     * @param sig   the decoded signature
     */
    record Signed(String keyId, byte[] sig) {
    }

    /** Parses the first non-blank line of {@code text} (a {@code .intoto.jsonl} file holds one envelope a line). */
    static DsseEnvelope parse(final String text) {
        String line = text == null ? "" : text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (line.isEmpty()) {
            throw new IllegalArgumentException("the envelope is empty");
        }
        JsonNode root;
        try {
            root = BomJson.MAPPER.readTree(line);
        }
        catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the envelope is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the envelope is not a JSON object");
        }
        String type = text(root, "payloadType", "payloadType");
        byte[] payload = base64(text(root, "payload", "payload"), "payload");
        JsonNode sigs = root.get("signatures");
        if (sigs == null || !sigs.isArray() || sigs.isEmpty()) {
            throw new IllegalArgumentException("the envelope has no 'signatures' array with a signature");
        }
        List<Signed> signatures = new ArrayList<>();
        for (int i = 0; i < sigs.size(); i++) {
            String where = "signatures[" + i + "]";
            JsonNode sig = sigs.get(i);
            if (!sig.isObject()) {
                throw new IllegalArgumentException(where + " is not an object");
            }
            JsonNode keyId = sig.get("keyid");
            signatures.add(new Signed(keyId != null && keyId.isTextual() ? keyId.asText() : "",
                    base64(text(sig, "sig", where + ".sig"), where + ".sig")));
        }
        return new DsseEnvelope(type, payload, signatures);
    }

    private static String text(final JsonNode node, final String field, final String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new IllegalArgumentException("the envelope has no '" + where + "' string");
        }
        return value.asText();
    }

    private static byte[] base64(final String text, final String where) {
        try {
            return Base64.getDecoder().decode(text);
        }
        catch (IllegalArgumentException e) {
            try {
                return Base64.getUrlDecoder().decode(text);
            }
            catch (IllegalArgumentException again) {
                throw new IllegalArgumentException("'" + where + "' is not base64");
            }
        }
    }
}
