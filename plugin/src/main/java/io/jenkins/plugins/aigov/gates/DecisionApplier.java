package io.jenkins.plugins.aigov.gates;

import java.io.PrintStream;

import hudson.AbortException;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;

/**
 * Applies the decision the way junit and warnings-ng mark a stage: a {@link WarningAction} on the step's flow node,
 * replaced only by a worse one, plus the build result, which only ever gets worse.
 *
 * <ul>
 *   <li>PASS: nothing.</li>
 *   <li>UNSTABLE: stage and build UNSTABLE.</li>
 *   <li>APPROVAL never comes here: the step waits for a person instead (see the approval package).</li>
 *   <li>FAIL and OUTAGE (which only a fail-closed policy produces): the step fails with the reason, so the stage
 *       fails and later stages do not run; with {@code stopBuild: false} stage and build are marked FAILURE and the
 *       Pipeline goes on.</li>
 * </ul>
 */
final class DecisionApplier {
    private final Run<?, ?> run;
    private final FlowNode node;
    private final TaskListener listener;
    private final boolean stopBuild;

    DecisionApplier(final Run<?, ?> run, final FlowNode node, final TaskListener listener, final boolean stopBuild) {
        this.run = run;
        this.node = node;
        this.listener = listener;
        this.stopBuild = stopBuild;
    }

    void apply(final GatesBuildSummary summary) throws AbortException {
        PrintStream logger = listener.getLogger();
        String reason = summary.getReason();
        switch (summary.getOutcome()) {
            case "PASS" -> {
                // nothing to mark
            }
            case "UNSTABLE" -> mark(Result.UNSTABLE, reason);
            default -> { // FAIL, OUTAGE
                if (stopBuild) {
                    throw new AbortException("aiGates: " + reason);
                }
                logger.println(GatesRecorder.PREFIX + "stopBuild is false: the build is marked FAILURE and goes on");
                mark(Result.FAILURE, reason);
            }
        }
    }

    private void mark(final Result result, final String reason) {
        run.setResult(result);
        if (node == null) {
            return;
        }
        WarningAction existing = node.getPersistentAction(WarningAction.class);
        if (existing == null || result.isWorseThan(existing.getResult())) {
            node.addOrReplaceAction(new WarningAction(result).withMessage(reason));
        }
    }
}
