package io.jenkins.plugins.aigov.gates;

import org.jenkinsci.plugins.workflow.graph.FlowNode;

/** The step's node in the Pipeline graph, without a Pipeline (hand-written: workflow-cps cannot run here). */
final class FakeFlowNode extends FlowNode {
    FakeFlowNode() {
        super(null, "7");
    }

    @Override
    protected String getTypeDisplayName() {
        return "aiGates";
    }
}
