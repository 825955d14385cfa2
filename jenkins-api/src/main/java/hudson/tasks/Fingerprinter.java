// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.tasks.Fingerprinter); compile-only, never packaged.
package hudson.tasks;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import hudson.model.Run;
import jenkins.model.RunAction2;

/** The fingerprint recorder; only its action, the build's list of recorded fingerprints, is used. */
public class Fingerprinter {
    private Fingerprinter() {
    }

    /** From a file name to its MD5; this stand-in keeps the map in memory. */
    public static final class FingerprintAction implements RunAction2 {
        private transient Run build;
        private final Map<String, String> record;

        public FingerprintAction(final Run build, final Map<String, String> record) {
            this.build = build;
            this.record = new TreeMap<>(record);
        }

        public void add(final Map<String, String> moreRecords) {
            record.putAll(moreRecords);
        }

        @Override
        public String getIconFileName() {
            return "symbol-fingerprint";
        }

        @Override
        public String getDisplayName() {
            return "See Fingerprints";
        }

        @Override
        public String getUrlName() {
            return "fingerprints";
        }

        public Run getRun() {
            return build;
        }

        public Map<String, String> getRecords() {
            return Collections.unmodifiableMap(record);
        }

        @Override
        public void onLoad(final Run<?, ?> r) {
            build = r;
        }

        @Override
        public void onAttached(final Run<?, ?> r) {
            build = r;
        }
    }
}
