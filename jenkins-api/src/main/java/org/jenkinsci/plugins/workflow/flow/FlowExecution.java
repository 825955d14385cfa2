// Signatures of org.jenkins-ci.plugins.workflow:workflow-api:1413.v2ff1a_5e720fa_ (org.jenkinsci.plugins.workflow.flow.FlowExecution); compile-only, never packaged.
package org.jenkinsci.plugins.workflow.flow;

/** A running Pipeline; only its type is used here. */
public abstract class FlowExecution {
    private FlowExecution() {
    }
}
