package io.jenkins.plugins.aigov.trend;

import java.util.Collection;
import java.util.List;

import hudson.Extension;
import hudson.model.Action;
import hudson.model.Job;
import jenkins.YesNoMaybe;
import jenkins.model.TransientActionFactory;

/**
 * Gives every job whose recent builds ran {@code aiProvenance} or {@code aiGates} the {@link AiTrendAction}. Jobs
 * that never used the steps get nothing, so their pages do not change. Only the newest
 * {@value #RECENT_BUILDS} builds are looked at to decide.
 */
@Extension(dynamicLoadable = YesNoMaybe.YES)
@SuppressWarnings("rawtypes")
public final class AiTrendActionFactory extends TransientActionFactory<Job> {
    static final int RECENT_BUILDS = 5;

    @Override
    public Class<Job> type() {
        return Job.class;
    }

    @Override
    public Class<? extends Action> actionType() {
        return AiTrendAction.class;
    }

    @Override
    public Collection<? extends Action> createFor(final Job target) {
        Job<?, ?> job = target;
        if (!TrendHistory.hasResults(job.getLastBuild(), RECENT_BUILDS)) {
            return List.of();
        }
        return List.of(new AiTrendAction(job, TrendHistory.DEFAULT_BUILDS));
    }
}
