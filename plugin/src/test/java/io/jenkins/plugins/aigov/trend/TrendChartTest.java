package io.jenkins.plugins.aigov.trend;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The SVG the trend draws: well-formed, script-free, and true to the numbers. */
class TrendChartTest {
    @Test
    void shouldDrawOneBarSegmentPerSeverityWithHeightsInProportion() throws Exception {
        List<TrendPoint> points = List.of(
                TrendPoint.builder(1, "#1").findings(0, 2, 0, 0).decision("UNSTABLE", "MEDIUM", 30).build(),
                TrendPoint.builder(2, "#2").findings(1, 1, 1, 1).decision("FAIL", "HIGH", 70).build());

        Document svg = parse(TrendChart.render(points));

        List<Element> high = rectsFilled(svg, TrendChart.SEVERITY_COLOURS.get("high"));
        // two bars plus the legend swatch
        assertThat(high).hasSize(3);
        double twoHigh = Double.parseDouble(high.get(0).getAttribute("height"));
        double oneHigh = Double.parseDouble(high.get(1).getAttribute("height"));
        assertThat(twoHigh).isCloseTo(2 * oneHigh, org.assertj.core.data.Offset.offset(0.2));
        assertThat(rectsFilled(svg, TrendChart.SEVERITY_COLOURS.get("critical"))).hasSize(2);
        assertThat(texts(svg)).contains("5", "#1", "#2");
    }

    @Test
    void shouldDrawTheDecisionOfEachBuildInItsColour() throws Exception {
        List<TrendPoint> points = List.of(
                TrendPoint.builder(1, "#1").decision("PASS", "LOW", 1).build(),
                TrendPoint.builder(2, "#2").decision("REJECTED", "HIGH", 60).build(),
                TrendPoint.builder(3, "#3").provenance(10, 5).build());

        Document svg = parse(TrendChart.render(points));

        // one square per build with gates, plus one swatch per decision in the legend
        assertThat(rectsFilled(svg, TrendChart.decisionColour("PASS"))).hasSize(2);
        assertThat(rectsFilled(svg, TrendChart.decisionColour("FAIL"))).hasSize(2);
        assertThat(TrendChart.decisionColour(null)).isNull();
        assertThat(TrendChart.decisionColour("APPROVED")).isEqualTo(TrendChart.decisionColour("PASS"));
    }

    @Test
    void shouldBreakTheShareLineWhereABuildHasNoProvenance() throws Exception {
        List<TrendPoint> points = List.of(
                TrendPoint.builder(1, "#1").provenance(0, 10).build(),
                TrendPoint.builder(2, "#2").provenance(100, 10).build(),
                TrendPoint.builder(3, "#3").findings(0, 0, 0, 1).build(),
                TrendPoint.builder(4, "#4").provenance(50, 10).build(),
                TrendPoint.builder(5, "#5").provenance(50, 10).build());

        Document svg = parse(TrendChart.render(points));

        NodeList lines = svg.getElementsByTagName("polyline");
        assertThat(lines.getLength()).isEqualTo(2);
        String[] first = ((Element) lines.item(0)).getAttribute("points").split(" ");
        assertThat(first).hasSize(2);
        double zero = Double.parseDouble(first[0].split(",")[1]);
        double full = Double.parseDouble(first[1].split(",")[1]);
        assertThat(zero).isGreaterThan(full);
        assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(4);
    }

    @Test
    void shouldContainNoScriptNoHandlerAndNoExternalReference() throws Exception {
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            points.add(TrendPoint.builder(i, "<script>alert(1)</script>").provenance(i, 1)
                    .findings(i % 3, i % 5, 0, 1).decision(i % 2 == 0 ? "PASS" : "OUTAGE", "LOW", 1).build());
        }

        String text = TrendChart.render(points);
        Document svg = parse(text);

        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
        // display names (user-editable) never reach the chart: its labels are build numbers
        assertThat(text).doesNotContain("<script", "alert", "href", "url(", "javascript:");
        NodeList all = svg.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            NamedNodeMap attributes = all.item(i).getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                assertThat(attributes.item(a).getNodeName()).doesNotStartWith("on");
            }
        }
        long labels = texts(svg).stream().filter(t -> t.startsWith("#")).count();
        assertThat(labels).isBetween(10L, 12L);
        assertThat(texts(svg)).contains("#100");
    }

    @Test
    void shouldSaySoWhenThereIsNothingToDraw() throws Exception {
        Document svg = parse(TrendChart.render(List.of()));

        assertThat(texts(svg)).containsExactly("No build of this job has AI governance results yet.");
        assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo(Integer.toString(TrendChart.WIDTH));
    }

    @Test
    void shouldRoundTheFindingsAxisUpToAReadableNumber() {
        assertThat(TrendChart.niceMax(0)).isEqualTo(1);
        assertThat(TrendChart.niceMax(3)).isEqualTo(5);
        assertThat(TrendChart.niceMax(11)).isEqualTo(20);
        assertThat(TrendChart.niceMax(50)).isEqualTo(50);
        assertThat(TrendChart.niceMax(Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void shouldEscapeMarkupInText() {
        assertThat(TrendChart.escape("a<b & \"c\"\u0001")).isEqualTo("a&lt;b &amp; &quot;c&quot; ");
    }

    static Document parse(final String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        return document;
    }

    private static List<Element> rectsFilled(final Document svg, final String colour) {
        List<Element> found = new ArrayList<>();
        NodeList rects = svg.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (rect.getAttribute("fill").equals(colour)) {
                found.add(rect);
            }
        }
        return found;
    }

    private static List<String> texts(final Document svg) {
        List<String> found = new ArrayList<>();
        NodeList texts = svg.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            found.add(texts.item(i).getTextContent());
        }
        return found;
    }
}
