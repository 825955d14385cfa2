// Signatures of org.jenkins-ci.plugins.workflow:workflow-step-api:724.v538c2362b_dfb_ (org.jenkinsci.plugins.workflow.steps.Step); compile-only, never packaged.
package org.jenkinsci.plugins.workflow.steps;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

/** A Pipeline step: its parameters, and how it starts. */
public abstract class Step extends AbstractDescribableImpl<Step> implements ExtensionPoint {
    public abstract StepExecution start(StepContext context) throws Exception;
}
