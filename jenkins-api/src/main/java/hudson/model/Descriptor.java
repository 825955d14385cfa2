// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.model.Descriptor); compile-only, never packaged.
package hudson.model;

import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest2;

/** Metadata about a describable; this stand-in stores nothing (core persists it under JENKINS_HOME). */
public abstract class Descriptor<T extends Describable<T>> {
    protected Descriptor() {
    }

    public String getDisplayName() {
        return getClass().getSimpleName();
    }

    public String getId() {
        return getClass().getName();
    }

    public boolean configure(final StaplerRequest2 req, final JSONObject json) throws FormException {
        return true;
    }

    public synchronized void save() {
        // core writes the XML file here
    }

    public synchronized void load() {
        // core reads the XML file here
    }

    /** A form submission that cannot be accepted. */
    public static final class FormException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String formField;

        public FormException(final String message, final String formField) {
            super(message);
            this.formField = formField;
        }

        public String getFormField() {
            return formField;
        }
    }
}
