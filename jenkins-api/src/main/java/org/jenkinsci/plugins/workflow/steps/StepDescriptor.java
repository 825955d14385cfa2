// Signatures of org.jenkins-ci.plugins.workflow:workflow-step-api:724.v538c2362b_dfb_ (org.jenkinsci.plugins.workflow.steps.StepDescriptor); compile-only, never packaged.
package org.jenkinsci.plugins.workflow.steps;

import java.util.Set;

import hudson.model.Descriptor;

/** Describes a step: its function name and the context it needs. */
public abstract class StepDescriptor extends Descriptor<Step> {
    public abstract Set<? extends Class<?>> getRequiredContext();

    public abstract String getFunctionName();

    public boolean takesImplicitBlockArgument() {
        return false;
    }
}
