package io.jenkins.plugins.aigov.bom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.AbortException;
import hudson.model.Run;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

import io.jenkins.plugins.aigov.engine.bom.BomSigner;
import io.jenkins.plugins.aigov.engine.bom.UnsupportedKeyException;

/**
 * The private key of the {@code sign} parameter, resolved on the controller from a Secret text (the PKCS#8 PEM) or
 * a Secret file credential. Deliberately not {@link java.io.Serializable}: the key never travels to an agent, into
 * {@code program.dat} or into {@code build.xml}; the BOM is signed on the controller. {@link #toString()} names the
 * credentials id only.
 */
final class SigningKey {
    /** A PEM private key is a few hundred bytes; anything far larger is not one. */
    static final int MAX_PEM_BYTES = 64 * 1024;

    private final String credentialsId;
    private final String pem;

    private SigningKey(final String credentialsId, final String pem) {
        this.credentialsId = credentialsId;
        this.pem = pem;
    }

    /**
     * Resolves the credentials.
     *
     * @throws AbortException when they are missing, not visible to the build, of another kind, or not a key the
     *                        signer takes (the message never contains the secret)
     */
    static SigningKey resolve(final String credentialsId, final BomEnvironment environment, final Run<?, ?> run)
            throws AbortException {
        StandardCredentials credentials = environment.credentials(credentialsId, run);
        if (credentials == null) {
            throw new AbortException("aiBom: the signing credentials '" + credentialsId + "' were not found, or this"
                    + " build may not use them (System-scoped credentials are not visible to builds; use Global"
                    + " scope or a folder store)");
        }
        String pem;
        if (credentials instanceof StringCredentials text) {
            pem = text.getSecret().getPlainText();
        } else if (credentials instanceof FileCredentials file) {
            pem = read(credentialsId, file);
        } else {
            throw new AbortException("aiBom: the signing credentials '" + credentialsId + "' are neither a secret"
                    + " text nor a secret file holding a PKCS#8 PEM private key");
        }
        SigningKey key = new SigningKey(credentialsId, pem);
        key.signer(); // fail at the start of the step, before any work
        return key;
    }

    private static String read(final String credentialsId, final FileCredentials file) throws AbortException {
        try (InputStream in = file.getContent()) {
            byte[] bytes = in.readNBytes(MAX_PEM_BYTES + 1);
            if (bytes.length > MAX_PEM_BYTES) {
                throw new AbortException("aiBom: the secret file of credentials '" + credentialsId
                        + "' is larger than " + MAX_PEM_BYTES + " bytes: not a PEM private key");
            }
            return new String(bytes, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            if (e instanceof AbortException abort) {
                throw abort;
            }
            throw new AbortException("aiBom: cannot read the secret file of credentials '" + credentialsId + "': "
                    + e.getClass().getSimpleName());
        }
    }

    /** The credentials id, for the log. */
    String credentialsId() {
        return credentialsId;
    }

    /** A signer for this key. */
    BomSigner signer() throws AbortException {
        try {
            return BomSigner.fromPem(pem);
        } catch (UnsupportedKeyException e) {
            // the engine's message describes the key type, never the key
            throw new AbortException("aiBom: the credentials '" + credentialsId + "' do not hold a PKCS#8 PEM"
                    + " Ed25519 or ECDSA P-256 private key: " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "SigningKey[credentials " + credentialsId + ", key hidden]";
    }
}
