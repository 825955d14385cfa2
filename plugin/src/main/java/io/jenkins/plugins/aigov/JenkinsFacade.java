package io.jenkins.plugins.aigov;

import java.io.IOException;

import hudson.model.Fingerprint;
import hudson.model.Run;
import jenkins.model.Jenkins;

/**
 * The one place of the plugin that reaches the running Jenkins through {@code Jenkins.get()} (an ArchUnit rule keeps
 * it so). Tests substitute a subclass, as no Jenkins can run in this build.
 */
public class JenkinsFacade {
    /** Fails with Spring's {@code AccessDeniedException} unless the current user may administer Jenkins. */
    public void checkAdminister() {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
    }

    /** Whether the current user may administer Jenkins. */
    public boolean hasAdminister() {
        return Jenkins.get().hasPermission(Jenkins.ADMINISTER);
    }

    /** The configured root URL ({@code https://ci.example.com/}), or {@code null} when none is set. */
    public String getRootUrl() {
        return Jenkins.get().getRootUrl();
    }

    /**
     * Records in Jenkins' fingerprint store that {@code run} produced (and uses) a file, the way core's
     * {@code Fingerprinter} does, and returns the fingerprint's MD5 hex for a {@code Fingerprinter.FingerprintAction}.
     *
     * @param fileName the file's name as the fingerprint page shows it
     * @param md5      the lower-case hex MD5 of the file
     */
    public String recordFingerprint(final Run<?, ?> run, final String fileName, final String md5) throws IOException {
        Fingerprint fingerprint = Jenkins.get().getFingerprintMap().getOrCreate(run, fileName, md5);
        fingerprint.addFor(run);
        return fingerprint.getHashString();
    }
}
