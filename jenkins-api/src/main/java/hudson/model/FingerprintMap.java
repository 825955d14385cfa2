// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.model.FingerprintMap); compile-only, never packaged.
package hudson.model;

import java.io.IOException;

/** Jenkins' store of fingerprints, keyed by MD5; this stand-in is never created. */
public final class FingerprintMap {
    private FingerprintMap() {
    }

    public Fingerprint getOrCreate(final Run build, final String fileName, final String md5sum) throws IOException {
        throw new UnsupportedOperationException("no fingerprints without Jenkins");
    }
}
