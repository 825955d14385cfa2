// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.model.Fingerprint); compile-only, never packaged.
package hudson.model;

import java.io.IOException;

/** The record of one file's MD5 and the builds that used it; this stand-in is never created. */
public class Fingerprint {
    private Fingerprint() {
    }

    public String getFileName() {
        throw new UnsupportedOperationException("no fingerprints without Jenkins");
    }

    public String getHashString() {
        throw new UnsupportedOperationException("no fingerprints without Jenkins");
    }

    public void addFor(final Run b) throws IOException {
        throw new UnsupportedOperationException("no fingerprints without Jenkins");
    }
}
