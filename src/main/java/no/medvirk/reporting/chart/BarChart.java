package no.medvirk.reporting.chart;

import java.util.List;
import java.util.Locale;

/**
 * Bar charts drawn on the server as SVG: columns for a series over time, rows for a value per named thing. The SVG
 * is an image to assistive technology ({@code role="img"}) named by a summary; the numbers themselves are in a table
 * next to it. Colours are dark on white: bars 8.6:1, text 15.8:1, axis 4.5:1 (WCAG 2.1 asks 3:1 for graphics).
 */
public final class BarChart {

    public static final String BAR = "#1c4e80";
    public static final String TEXT = "#1f2328";
    public static final String GRID = "#6e7781";
    public static final String BACKGROUND = "#ffffff";

    private static final int FONT = 13;
    private static final int LABEL_CHARS = 48;

    /** One bar: what it is, how long it is, and the value as the reader should see it. */
    public record Bar(String label, double value, String valueText) {}

    private BarChart() {}

    /** Vertical columns side by side, with the labels under them and the values over them; zero at the base. */
    public static String columns(String summary, List<Bar> bars) {
        int slot = 54;
        int left = 8;
        int top = 24;
        int plot = 160;
        int width = Math.max(320, left * 2 + slot * bars.size());
        int height = top + plot + 44;
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        var svg = open(summary, width, height);
        line(svg, left, top + plot, width - left, top + plot);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double length = max <= 0 ? 0 : bar.value() / max * plot;
            double x = left + i * slot + 6;
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"/>",
                    x, top + plot - length, slot - 12, length, BAR));
            text(svg, x + (slot - 12) / 2.0, top + plot - length - 6, "middle", bar.valueText());
            text(svg, x + (slot - 12) / 2.0, top + plot + 18, "middle", shorten(bar.label(), 7));
        }
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars one under the other, each with its label over it and its value after it, against a maximum. */
    public static String rows(String summary, List<Bar> bars, double max) {
        int width = 560;
        int row = 46;
        int left = 8;
        int plot = width - left - 72;
        int height = Math.max(row, row * bars.size()) + 8;
        var svg = open(summary, width, height);
        line(svg, left, 4, left, height - 4);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double length = max <= 0 ? 0 : Math.min(1, bar.value() / max) * plot;
            int y = 4 + i * row;
            text(svg, left + 4, y + 15, "start", shorten(bar.label(), LABEL_CHARS));
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"18\" fill=\"%s\"/>", left, y + 22, length, BAR));
            text(svg, left + length + 6, y + 36, "start", bar.valueText());
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String summary, int width, int height) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" viewBox=\"0 0 %d %d\" role=\"img\" "
                        + "aria-label=\"%s\" font-family=\"sans-serif\" font-size=\"%d\">"
                        + "<title>%s</title><rect width=\"%d\" height=\"%d\" fill=\"%s\"/>",
                width, height, escape(summary), FONT, escape(summary), width, height, BACKGROUND));
    }

    private static void line(StringBuilder svg, double x1, double y1, double x2, double y2) {
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1\"/>",
                x1, y1, x2, y2, GRID));
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String text) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"%s\">%s</text>",
                x, y, anchor, TEXT, escape(text)));
    }

    /** Long names end in an ellipsis in the picture; the table has them whole. */
    public static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "\u2026";
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
