// Signatures of org.jenkins-ci.main:jenkins-core:2.541.3 (hudson.model.Actionable); compile-only, never packaged.
package hudson.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A model object that holds actions. */
public abstract class Actionable {
    private final List<Action> actions = new CopyOnWriteArrayList<>();

    public final List<? extends Action> getAllActions() {
        return List.copyOf(actions);
    }

    public <T extends Action> List<T> getActions(final Class<T> type) {
        List<T> result = new ArrayList<>();
        for (Action a : actions) {
            if (type.isInstance(a)) {
                result.add(type.cast(a));
            }
        }
        return result;
    }

    public void addAction(final Action a) {
        actions.add(a);
    }

    public boolean addOrReplaceAction(final Action a) {
        boolean found = false;
        List<Action> old = new ArrayList<>();
        for (Action existing : actions) {
            if (!found && a.equals(existing)) {
                found = true;
            } else if (existing.getClass() == a.getClass()) {
                old.add(existing);
            }
        }
        actions.removeAll(old);
        if (!found) {
            addAction(a);
        }
        return !found || !old.isEmpty();
    }

    public <T extends Action> T getAction(final Class<T> type) {
        for (Action a : actions) {
            if (type.isInstance(a)) {
                return type.cast(a);
            }
        }
        return null;
    }
}
