// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (jenkins.model.Jenkins); compile-only, never packaged.
package jenkins.model;

import hudson.model.FingerprintMap;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import org.springframework.security.core.Authentication;

/** The running Jenkins; this stand-in has no instance, as {@link #get()} has none before start-up. */
public class Jenkins implements AccessControlled {
    public static final Permission ADMINISTER = null;

    private Jenkins() {
    }

    public static Jenkins get() throws IllegalStateException {
        throw new IllegalStateException("Jenkins.instance is missing. Read the documentation of Jenkins.getInstanceOrNull to see what you are doing wrong.");
    }

    /** The authentication of the current thread (the HTTP request's user, or the build's); never null in core. */
    public static Authentication getAuthentication2() {
        throw new IllegalStateException("no Jenkins is running in this JVM: no authentication");
    }

    public String getRootUrl() throws IllegalStateException {
        return null;
    }

    public FingerprintMap getFingerprintMap() {
        throw new IllegalStateException("no fingerprints without Jenkins");
    }
}
