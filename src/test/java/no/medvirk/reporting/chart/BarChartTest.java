package no.medvirk.reporting.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG charts: well-formed, named for assistive technology, bars as long as their values, colours that contrast. */
class BarChartTest {

    static final List<BarChart.Bar> MONTHS = List.of(new BarChart.Bar("jan. 26", 2, "2"),
            new BarChart.Bar("feb. 26", 0, "0"), new BarChart.Bar("mars 26", 8, "8"));

    @Test
    void columns_are_an_image_named_by_the_summary_with_a_title() throws Exception {
        Document svg = parse(BarChart.columns("Fullføringer per måned", MONTHS));

        Element root = svg.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo("Fullføringer per måned");
        assertThat(root.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Fullføringer per måned");
        assertThat(root.getAttribute("viewBox")).startsWith("0 0 ");
    }

    @Test
    void column_heights_are_in_proportion_to_the_values_from_a_common_base() throws Exception {
        List<Element> bars = bars(parse(BarChart.columns("x", MONTHS)));

        assertThat(bars).hasSize(3);
        double tallest = height(bars.get(2));
        assertThat(height(bars.get(0)) / tallest).isEqualTo(0.25);
        assertThat(height(bars.get(1))).isZero();
        double base = Double.parseDouble(bars.get(2).getAttribute("y")) + tallest;
        assertThat(Double.parseDouble(bars.get(0).getAttribute("y")) + height(bars.get(0))).isEqualTo(base);
        assertThat(texts(parse(BarChart.columns("x", MONTHS)))).contains("jan. 26", "8", "mars 26");
    }

    @Test
    void rows_are_as_long_as_their_share_of_the_maximum_and_show_their_value() throws Exception {
        Document svg = parse(BarChart.rows("Andel beståtte", List.of(new BarChart.Bar("Kurs A", 1.0, "100 %"),
                new BarChart.Bar("Kurs B", 0.5, "50 %")), 1.0));

        List<Element> bars = bars(svg);
        assertThat(Double.parseDouble(bars.get(1).getAttribute("width")) / Double.parseDouble(bars.get(0)
                .getAttribute("width"))).isEqualTo(0.5);
        assertThat(texts(svg)).containsExactly("Kurs A", "100 %", "Kurs B", "50 %");
    }

    @Test
    void all_zero_values_draw_empty_bars_and_no_division_by_zero() throws Exception {
        List<Element> bars = bars(parse(BarChart.columns("x", List.of(new BarChart.Bar("a", 0, "0")))));

        assertThat(height(bars.getFirst())).isZero();
        assertThat(bars(parse(BarChart.rows("x", List.of(), 1.0)))).isEmpty();
    }

    @Test
    void names_with_markup_are_escaped_and_long_ones_shortened() throws Exception {
        String name = "<script>alert('x')</script> & \"Kurs\"";
        Document svg = parse(BarChart.rows(name, List.of(new BarChart.Bar(name, 1, "1")), 1));

        assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo(name);
        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
        assertThat(BarChart.shorten("Brukermedvirkning i kommunale helse- og omsorgstjenester", 20))
                .isEqualTo("Brukermedvirkning i\u2026").hasSize(20);
        assertThat(BarChart.shorten("Kort", 20)).isEqualTo("Kort");
    }

    @Test
    void bars_grid_and_text_contrast_with_the_background_as_wcag_asks() {
        assertThat(contrast(BarChart.BAR, BarChart.BACKGROUND)).isGreaterThanOrEqualTo(3.0);
        assertThat(contrast(BarChart.GRID, BarChart.BACKGROUND)).isGreaterThanOrEqualTo(3.0);
        assertThat(contrast(BarChart.TEXT, BarChart.BACKGROUND)).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast("#ffffff", "#000000")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
    }

    /** WCAG 2.1 contrast ratio of two sRGB colours written #rrggbb. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(String hex) {
        double[] weights = {0.2126, 0.7152, 0.0722};
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            sum += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return sum;
    }

    static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** The bars: every rect but the background, which is the first. */
    static List<Element> bars(Document svg) {
        NodeList rects = svg.getElementsByTagName("rect");
        List<Element> bars = new ArrayList<>();
        for (int i = 1; i < rects.getLength(); i++) {
            bars.add((Element) rects.item(i));
        }
        return bars;
    }

    static List<String> texts(Document svg) {
        NodeList texts = svg.getElementsByTagName("text");
        List<String> result = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            result.add(texts.item(i).getTextContent());
        }
        return result;
    }

    static double height(Element rect) {
        return Double.parseDouble(rect.getAttribute("height"));
    }
}
