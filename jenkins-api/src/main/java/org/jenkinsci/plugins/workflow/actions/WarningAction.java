// Signatures of org.jenkins-ci.plugins.workflow:workflow-api:1413.v2ff1a_5e720fa_ (org.jenkinsci.plugins.workflow.actions.WarningAction); compile-only, never packaged.
package org.jenkinsci.plugins.workflow.actions;

import hudson.model.Result;

/** Marks a flow node (and so its stage) with a result such as UNSTABLE, and a message. */
public class WarningAction implements PersistentAction {
    private final Result result;
    private String message;

    public WarningAction(final Result result) {
        this.result = result;
    }

    public WarningAction withMessage(final String message) {
        this.message = message;
        return this;
    }

    public String getMessage() {
        return message;
    }

    public Result getResult() {
        return result;
    }

    @Override
    public String getDisplayName() {
        return "Warning" + (message == null ? "" : ": " + message);
    }

    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getUrlName() {
        return null;
    }
}
