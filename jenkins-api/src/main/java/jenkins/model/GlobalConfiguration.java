// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (jenkins.model.GlobalConfiguration); compile-only, never packaged.
package jenkins.model;

import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest2;

/** A section of Manage Jenkins » System; binds the submitted form to the setters, as core does. */
public abstract class GlobalConfiguration extends Descriptor<GlobalConfiguration>
        implements ExtensionPoint, Describable<GlobalConfiguration> {
    protected GlobalConfiguration() {
        super();
    }

    public final Descriptor<GlobalConfiguration> getDescriptor() {
        return this;
    }

    @Override
    public boolean configure(final StaplerRequest2 req, final JSONObject json) throws FormException {
        req.bindJSON(this, json);
        return true;
    }
}
