// Signatures of org.jenkins-ci.plugins.workflow:workflow-api:1413.v2ff1a_5e720fa_ (org.jenkinsci.plugins.workflow.actions.PersistentAction); compile-only, never packaged.
package org.jenkinsci.plugins.workflow.actions;

import hudson.model.Action;

/** An action of a flow node that is saved with it. */
public interface PersistentAction extends Action {
}
