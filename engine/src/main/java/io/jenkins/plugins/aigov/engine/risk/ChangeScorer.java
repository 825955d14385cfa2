package io.jenkins.plugins.aigov.engine.risk;

import java.util.List;

/** The contributions of the change itself: AI share of added lines, sensitive paths, size. */
final class ChangeScorer {
    private final RiskWeights weights;
    private final ChangeFacts facts;

    ChangeScorer(final RiskWeights weights, final ChangeFacts facts) {
        this.weights = weights;
        this.facts = facts;
    }

    void addTo(final List<Contribution> out) {
        if (!facts.known()) {
            out.add(Contribution.of("no-provenance", 0, "no provenance for the range: AI share, sensitive paths"
                    + " and change size are not scored"));
            return;
        }
        aiShare(out);
        sensitive(out);
        size(out);
    }

    private void aiShare(final List<Contribution> out) {
        long added = facts.addedLines().total();
        if (added == 0) {
            return;
        }
        double share = facts.addedLines().aiShare();
        out.add(Contribution.of("ai-share", weights.aiShare() * share, "AI wrote " + Points.percent(share) + " of "
                + added + " added line" + plural(added) + " (" + Points.plain(weights.aiShare())
                + " points at 100 %)"));
    }

    private void sensitive(final List<Contribution> out) {
        for (SensitiveCategory category : SensitiveCategory.values()) {
            List<ChangedPath> touched = facts.in(category);
            if (touched.isEmpty()) {
                continue;
            }
            List<ChangedPath> byAi = facts.changedByAi(category);
            double base = weights.sensitive(category);
            String factor = "sensitive." + category.id();
            if (byAi.isEmpty()) {
                out.add(Contribution.of(factor, base, category.label() + " changed: " + ChangeFacts.names(touched)
                        + " (" + Points.plain(base) + ")"));
            }
            else {
                double ai = weights.sensitiveAiFactor();
                out.add(Contribution.of(factor, base * ai, category.label() + " changed by an AI commit: "
                        + ChangeFacts.names(byAi) + " (" + Points.plain(base) + " x " + Points.plain(ai) + ")"));
            }
        }
    }

    private void size(final List<Contribution> out) {
        long added = facts.addedLines().total();
        long lines = added + facts.deletedLines();
        if (lines > 0) {
            out.add(Contribution.of("size.lines", logScaled(lines, weights.sizeLines(), weights.sizeLinesSaturation()),
                    lines + " line" + plural(lines) + " changed (" + added + " added, " + facts.deletedLines()
                            + " deleted; log scale, " + Points.plain(weights.sizeLines()) + " points at "
                            + Points.plain(weights.sizeLinesSaturation()) + " or more)"));
        }
        int files = facts.paths().size();
        if (files > 0) {
            out.add(Contribution.of("size.files", logScaled(files, weights.sizeFiles(), weights.sizeFilesSaturation()),
                    files + " file" + plural(files) + " changed (log scale, " + Points.plain(weights.sizeFiles())
                            + " points at " + Points.plain(weights.sizeFilesSaturation()) + " or more)"));
        }
    }

    /** {@code max * log(1 + n) / log(1 + saturation)}, at most {@code max}. */
    static double logScaled(final long n, final double max, final double saturation) {
        return max * Math.min(1.0, Math.log1p(n) / Math.log1p(saturation));
    }

    static String plural(final long n) {
        return n == 1 ? "" : "s";
    }
}
