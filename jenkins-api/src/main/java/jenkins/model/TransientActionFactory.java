// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (jenkins.model.TransientActionFactory); compile-only, never packaged.
package jenkins.model;

import java.util.Collection;

import hudson.ExtensionPoint;
import hudson.model.Action;

/** Adds actions to model objects of a type each time they are asked for, without storing them. */
public abstract class TransientActionFactory<T> implements ExtensionPoint {
    public abstract Class<T> type();

    /** The kind of action made; core skips the factory when a caller asks for another kind. */
    public Class<? extends Action> actionType() {
        return Action.class;
    }

    public abstract Collection<? extends Action> createFor(T target);
}
