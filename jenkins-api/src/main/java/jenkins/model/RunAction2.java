// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (jenkins.model.RunAction2); compile-only, never packaged.
package jenkins.model;

import hudson.model.Action;
import hudson.model.Run;

/** An action of a run that is told its run when attached and when loaded. */
public interface RunAction2 extends Action {
    void onAttached(Run<?, ?> r);

    void onLoad(Run<?, ?> r);
}
