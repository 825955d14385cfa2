package io.jenkins.plugins.aigov.engine.bom;

import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One PEM block: its label ({@code PRIVATE KEY}, {@code PUBLIC KEY} …) and DER bytes.
 *
 * @param label the label between {@code BEGIN} and the dashes
 * @param der   the decoded body
 */
record Pem(String label, byte[] der) {
    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----\\s*([A-Za-z0-9+/=\\s]*?)\\s*-----END \\1-----");

    /** The first PEM block of the text. */
    static Pem parse(final String text, final String what) throws UnsupportedKeyException {
        if (text == null || text.isBlank()) {
            throw new UnsupportedKeyException(what + " is empty");
        }
        Matcher matcher = BLOCK.matcher(text);
        if (!matcher.find()) {
            throw new UnsupportedKeyException(what + " is not PEM (expected a '-----BEGIN …-----' block)");
        }
        try {
            return new Pem(matcher.group(1), Base64.getMimeDecoder().decode(matcher.group(2)));
        }
        catch (IllegalArgumentException e) {
            throw new UnsupportedKeyException(what + ": the PEM body is not base64");
        }
    }
}
