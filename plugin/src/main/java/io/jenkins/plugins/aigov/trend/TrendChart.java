package io.jenkins.plugins.aigov.trend;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws the trend as a self-contained SVG document, on the server: no script, no external reference, so it works
 * as an {@code <img>} under Jenkins' Content-Security-Policy. Stacked bars are the findings by severity (right
 * axis), the line is the AI share of added lines (left axis, 0–100 %), and a row of squares under the plot is the
 * decision of each build.
 */
public final class TrendChart {
    static final int WIDTH = 600;
    static final int HEIGHT = 276;
    private static final int LEFT = 52;
    private static final int RIGHT = 548;
    private static final int TOP = 16;
    private static final int BOTTOM = 176;
    private static final int DECISION_Y = 184;
    private static final int LABEL_Y = 214;
    private static final int MAX_LABELS = 12;
    private static final String FONT = "font-family=\"sans-serif\" font-size=\"10\" fill=\"#444\"";

    /** Severity → bar colour, drawn bottom-up in this order. */
    static final Map<String, String> SEVERITY_COLOURS = orderedMap(
            "critical", "#8b0000", "high", "#d9342b", "medium", "#f0a202", "low", "#e6d96a");
    static final String SHARE_COLOUR = "#1f6feb";

    private TrendChart() {
    }

    /** The SVG document of the points (oldest first). */
    public static String render(final List<TrendPoint> points) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\">\n<title>AI governance trend</title>\n");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" fill=\"#fff\"/>\n");
        if (points.isEmpty()) {
            text(svg, WIDTH / 2.0, HEIGHT / 2.0, "middle", "No build of this job has AI governance results yet.");
            return svg.append("</svg>\n").toString();
        }
        int findingsMax = niceMax(points.stream().mapToInt(TrendPoint::getFindings).max().orElse(0));
        axes(svg, findingsMax);
        double slot = (double) (RIGHT - LEFT) / points.size();
        bars(svg, points, slot, findingsMax);
        shareLine(svg, points, slot);
        decisions(svg, points, slot);
        labels(svg, points, slot);
        legend(svg);
        return svg.append("</svg>\n").toString();
    }

    /** The colour of a decision's square, or {@code null} for a build without gates. */
    static String decisionColour(final String decision) {
        if (decision == null) {
            return null;
        }
        return switch (decision) {
            case "PASS", "APPROVED" -> "#2da44e";
            case "UNSTABLE" -> "#d4a72c";
            case "APPROVAL" -> "#0969da";
            case "FAIL", "REJECTED" -> "#cf222e";
            case "ABORTED" -> "#8250df";
            default -> "#6e7781";
        };
    }

    /** The smallest of 1, 2, 5, 10, 20, 50, … not below {@code max} (at least 1). */
    static int niceMax(final int max) {
        int step = 1;
        while (true) {
            for (int factor : new int[] {1, 2, 5}) {
                long candidate = (long) step * factor;
                if (candidate >= max) {
                    return (int) Math.min(candidate, Integer.MAX_VALUE);
                }
            }
            if (step > Integer.MAX_VALUE / 10) {
                return Integer.MAX_VALUE;
            }
            step *= 10;
        }
    }

    private static void axes(final StringBuilder svg, final int findingsMax) {
        for (int percent : new int[] {0, 50, 100}) {
            double y = shareY(percent);
            svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(num(y)).append("\" x2=\"").append(RIGHT)
                    .append("\" y2=\"").append(num(y)).append("\" stroke=\"#ddd\"/>\n");
            text(svg, LEFT - 6, y + 3, "end", percent + " %");
        }
        text(svg, RIGHT + 6, BOTTOM + 3, "start", "0");
        text(svg, RIGHT + 6, (TOP + BOTTOM) / 2.0 + 3, "start", Integer.toString(findingsMax / 2));
        text(svg, RIGHT + 6, TOP + 3, "start", Integer.toString(findingsMax));
    }

    private static void bars(final StringBuilder svg, final List<TrendPoint> points, final double slot,
            final int findingsMax) {
        double width = Math.max(2, slot * 0.6);
        for (int i = 0; i < points.size(); i++) {
            TrendPoint point = points.get(i);
            double x = LEFT + slot * i + (slot - width) / 2;
            double base = BOTTOM;
            int[] counts = {point.getCritical(), point.getHigh(), point.getMedium(), point.getLow()};
            int k = 0;
            for (String colour : SEVERITY_COLOURS.values()) {
                double height = (double) counts[k++] * (BOTTOM - TOP) / findingsMax;
                if (height > 0) {
                    base -= height;
                    svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(base)).append("\" width=\"")
                            .append(num(width)).append("\" height=\"").append(num(height)).append("\" fill=\"")
                            .append(colour).append("\"/>\n");
                }
            }
        }
    }

    /** The share line, broken where a build has no provenance. */
    private static void shareLine(final StringBuilder svg, final List<TrendPoint> points, final double slot) {
        StringBuilder segment = new StringBuilder();
        for (int i = 0; i <= points.size(); i++) {
            TrendPoint point = i < points.size() ? points.get(i) : null;
            if (point != null && point.isHasProvenance()) {
                double x = LEFT + slot * (i + 0.5);
                double y = shareY(point.getAiSharePercent());
                segment.append(segment.length() == 0 ? "" : " ").append(num(x)).append(',').append(num(y));
                svg.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y))
                        .append("\" r=\"3\" fill=\"").append(SHARE_COLOUR).append("\"/>\n");
            } else {
                if (segment.indexOf(" ") > 0) {
                    svg.append("<polyline points=\"").append(segment).append("\" fill=\"none\" stroke=\"")
                            .append(SHARE_COLOUR).append("\" stroke-width=\"2\"/>\n");
                }
                segment.setLength(0);
            }
        }
    }

    private static void decisions(final StringBuilder svg, final List<TrendPoint> points, final double slot) {
        double size = Math.max(3, Math.min(12, slot * 0.6));
        for (int i = 0; i < points.size(); i++) {
            String colour = decisionColour(points.get(i).getDecision());
            if (colour != null) {
                double x = LEFT + slot * (i + 0.5) - size / 2;
                svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(DECISION_Y).append("\" width=\"")
                        .append(num(size)).append("\" height=\"").append(num(size)).append("\" fill=\"")
                        .append(colour).append("\"/>\n");
            }
        }
    }

    private static void labels(final StringBuilder svg, final List<TrendPoint> points, final double slot) {
        int every = (points.size() + MAX_LABELS - 1) / MAX_LABELS;
        for (int i = points.size() - 1; i >= 0; i -= every) {
            text(svg, LEFT + slot * (i + 0.5), LABEL_Y, "middle", "#" + points.get(i).getNumber());
        }
    }

    private static void legend(final StringBuilder svg) {
        double x = LEFT;
        double y = 236;
        svg.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(num(y - 3)).append("\" x2=\"")
                .append(num(x + 16)).append("\" y2=\"").append(num(y - 3)).append("\" stroke=\"").append(SHARE_COLOUR)
                .append("\" stroke-width=\"2\"/>\n");
        text(svg, x + 20, y, "start", "AI share of added lines");
        x += 150;
        for (Map.Entry<String, String> entry : SEVERITY_COLOURS.entrySet()) {
            x = swatch(svg, x, y, entry.getValue(), entry.getKey() + " findings");
        }
        x = LEFT;
        y = 258;
        text(svg, x, y, "start", "Decision:");
        x += 52;
        for (String decision : List.of("PASS", "UNSTABLE", "APPROVAL", "FAIL", "OUTAGE", "ABORTED")) {
            x = swatch(svg, x, y, decisionColour(decision), decision.toLowerCase(Locale.ROOT));
        }
    }

    private static double swatch(final StringBuilder svg, final double x, final double y, final String colour,
            final String label) {
        svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y - 9)).append("\" width=\"10\" "
                + "height=\"10\" fill=\"").append(colour).append("\"/>\n");
        text(svg, x + 14, y, "start", label);
        return x + 24 + label.length() * 5.5;
    }

    private static double shareY(final double percent) {
        return BOTTOM - percent * (BOTTOM - TOP) / 100.0;
    }

    private static void text(final StringBuilder svg, final double x, final double y, final String anchor,
            final String value) {
        svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" ").append(FONT).append('>').append(escape(value)).append("</text>\n");
    }

    /** Escapes text for an XML element or attribute. */
    static String escape(final String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
            }
        }
        return out.toString();
    }

    private static String num(final double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static Map<String, String> orderedMap(final String... pairs) {
        java.util.LinkedHashMap<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
