package io.jenkins.plugins.aigov.trend;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.export.ExportedBean;

import hudson.Extension;
import hudson.model.Action;

import io.jenkins.plugins.aigov.engine.model.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/** The job-level action, its factory and the chart download. */
class AiTrendActionTest {
    @TempDir
    Path root;
    private TrendBuilds builds;

    @BeforeEach
    void jobs() {
        builds = new TrendBuilds(root);
    }

    @Test
    void shouldGiveTheTrendOnlyToJobsWhoseRecentBuildsRanTheSteps() throws Exception {
        AiTrendActionFactory factory = new AiTrendActionFactory();
        assertThat(factory.type()).isEqualTo(hudson.model.Job.class);
        assertThat(factory.actionType()).isEqualTo(AiTrendAction.class);
        assertThat(AiTrendActionFactory.class).hasAnnotation(Extension.class);

        assertThat(factory.createFor(builds.job())).isEmpty();
        builds.add();
        assertThat(factory.createFor(builds.job())).isEmpty();

        TrendBuilds.gates(builds.add(), Outcome.PASS, 0, 0, 0, 0);
        builds.seal();
        assertThat(factory.createFor(builds.job())).singleElement().isInstanceOfSatisfying(AiTrendAction.class,
                action -> {
                    assertThat(action.getUrlName()).isEqualTo("ai-trend");
                    assertThat(action.getJob()).isSameAs(builds.job());
                    assertThat(action.getBuilds()).extracting(TrendPoint::getNumber).containsExactly(2);
                });
    }

    @Test
    void shouldListTheBuildsNewestFirstForTheTable() throws Exception {
        for (int i = 0; i < 3; i++) {
            TrendBuilds.provenance(builds.add(), 10, i);
        }
        builds.seal();
        AiTrendAction action = new AiTrendAction(builds.job(), 20);

        assertThat(action.getBuildsNewestFirst()).extracting(TrendPoint::getNumber).containsExactly(3, 2, 1);
        assertThat(action.getBuilds()).extracting(TrendPoint::getNumber).containsExactly(1, 2, 3);
        assertThat(AiTrendAction.class).hasAnnotation(ExportedBean.class);
        assertThat(TrendPoint.class).hasAnnotation(ExportedBean.class);
        assertThat(action.getApi().bean).isSameAs(action);
    }

    @Test
    void shouldServeTheChartAsAnSvgImageOverTheAskedNumberOfBuilds() throws Exception {
        for (int i = 0; i < 30; i++) {
            TrendBuilds.gates(builds.add(), Outcome.PASS, 0, 0, 0, 1);
        }
        builds.seal();
        AiTrendAction action = new AiTrendAction(builds.job(), 20);

        Response standard = new Response();
        action.doChart(null, standard.proxy());
        Response more = new Response();
        action.doChart("100", more.proxy());
        Response nonsense = new Response();
        action.doChart("lots", nonsense.proxy());

        assertThat(standard.headers).containsEntry("Content-Type", "image/svg+xml;charset=UTF-8")
                .containsEntry("X-Content-Type-Options", "nosniff");
        TrendChartTest.parse(standard.body.toString());
        assertThat(standard.body.toString()).contains(">#30<").doesNotContain(">#10<");
        assertThat(more.body.toString()).contains(">#30<", ">#3<");
        assertThat(nonsense.body.toString()).isEqualTo(standard.body.toString());
    }

    @Test
    void shouldKeepTheAskedNumberOfBuildsInBounds() {
        assertThat(AiTrendAction.parseBuilds(null)).isNull();
        assertThat(AiTrendAction.parseBuilds(" ")).isNull();
        assertThat(AiTrendAction.parseBuilds("x")).isNull();
        assertThat(AiTrendAction.parseBuilds("0")).isEqualTo(1);
        assertThat(AiTrendAction.parseBuilds("5")).isEqualTo(5);
        assertThat(AiTrendAction.parseBuilds("100000")).isEqualTo(TrendHistory.MAX_BUILDS);
    }

    @Test
    void shouldBeAnActionWithItsOwnPageAndIcon() {
        Action action = new AiTrendAction(builds.job(), 20);
        assertThat(action.getIconFileName()).startsWith("symbol-");
        assertThat(action.getDisplayName()).isNotBlank();
    }

    /** Records what the action sends (no servlet container runs in this build). */
    private static final class Response {
        private final Map<String, String> headers = new HashMap<>();
        private final StringWriter body = new StringWriter();

        StaplerResponse2 proxy() {
            return (StaplerResponse2) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {StaplerResponse2.class}, (self, method, args) -> {
                        switch (method.getName()) {
                            case "setContentType" -> headers.put("Content-Type", (String) args[0]);
                            case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                            case "getWriter" -> {
                                return new PrintWriter(body);
                            }
                            default -> {
                                // other calls are not expected from the chart
                            }
                        }
                        return null;
                    });
        }
    }
}
