package io.jenkins.plugins.aigov.trend;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import hudson.model.Action;
import hudson.model.Api;
import hudson.model.Job;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * The AI governance trend of a job: a chart on the job page ({@code floatingBox.jelly}), a page with the chart and
 * a table of the builds ({@code …/ai-trend/}), the chart itself as SVG ({@code …/ai-trend/chart}) and the points at
 * {@code …/ai-trend/api/json}. Made fresh for each request by {@link AiTrendActionFactory}; everything comes from
 * the builds' summaries.
 */
@ExportedBean(defaultVisibility = 2)
public final class AiTrendAction implements Action {
    /** The action's URL below the job. */
    public static final String URL_NAME = "ai-trend";

    private final Job<?, ?> job;
    private final int maxBuilds;
    private transient List<TrendPoint> points;

    /** The trend of {@code job} over its last {@code maxBuilds} builds with results. */
    public AiTrendAction(final Job<?, ?> job, final int maxBuilds) {
        this.job = job;
        this.maxBuilds = maxBuilds;
    }

    @Override
    public String getIconFileName() {
        return "symbol-analytics";
    }

    @Override
    public String getDisplayName() {
        return "AI Governance Trend";
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    public Job<?, ?> getJob() {
        return job;
    }

    /** The builds of the trend, oldest first. */
    @Exported(inline = true, visibility = 1)
    public synchronized List<TrendPoint> getBuilds() {
        if (points == null) {
            points = TrendHistory.collect(job.getLastBuild(), maxBuilds);
        }
        return points;
    }

    /** The builds newest first, for the table. */
    public List<TrendPoint> getBuildsNewestFirst() {
        List<TrendPoint> newestFirst = new ArrayList<>(getBuilds());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /**
     * Sends the chart as an SVG image. Read-only, so GET is right; {@code builds} may ask for another number of
     * builds (1 … {@value TrendHistory#MAX_BUILDS}).
     */
    public void doChart(@QueryParameter final String builds, final StaplerResponse2 response) throws IOException {
        List<TrendPoint> shown = getBuilds();
        Integer asked = parseBuilds(builds);
        if (asked != null && asked != maxBuilds) {
            shown = TrendHistory.collect(job.getLastBuild(), asked);
        }
        response.setContentType("image/svg+xml;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-cache");
        try (Writer out = response.getWriter()) {
            out.write(TrendChart.render(shown));
        }
    }

    /** The remote API: {@code api/json} lists the points. */
    public Api getApi() {
        return new Api(this);
    }

    /** A number of builds from the query, or {@code null} when absent or not a number. */
    static Integer parseBuilds(final String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            return Math.max(1, Math.min(TrendHistory.MAX_BUILDS, value));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
