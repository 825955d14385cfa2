// Signatures of org.jenkins-ci.plugins.workflow:workflow-api:1413.v2ff1a_5e720fa_ (org.jenkinsci.plugins.workflow.graph.FlowNode); compile-only, never packaged.
package org.jenkinsci.plugins.workflow.graph;

import hudson.model.Action;
import hudson.model.Actionable;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;

/** One node of the Pipeline graph, such as the node of a step; this stand-in keeps its actions in memory. */
public abstract class FlowNode extends Actionable {
    private final String id;

    protected FlowNode(final FlowExecution exec, final String id, final FlowNode... parents) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    protected abstract String getTypeDisplayName();

    public final <T extends Action> T getPersistentAction(final Class<T> type) {
        return getAction(type);
    }
}
