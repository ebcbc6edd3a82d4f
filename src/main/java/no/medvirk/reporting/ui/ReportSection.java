package no.medvirk.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.medvirk.reporting.Figures;
import no.medvirk.reporting.chart.BarChart;
import no.medvirk.reporting.Report;
import org.jspecify.annotations.Nullable;

/**
 * One grouping of the report on the page: a heading, for months and courses a chart, and a table with every number.
 * The table is the chart's text alternative and more: it is what screen readers and keyboard users read.
 */
final class ReportSection extends Section {

    private final Locale locale;
    private final Formats formats;

    ReportSection(Report.Section section, Locale locale) {
        this.locale = locale;
        this.formats = new Formats(locale);
        addClassName("report-section");
        String id = "report-" + section.grouping().name().toLowerCase(Locale.ROOT);
        var heading = new H2(getTranslation(section.grouping().i18nKey()));
        heading.setId(id);
        add(heading);
        Component chart = chart(section);
        if (chart != null) {
            add(chart);
        }
        add(table(section, id));
    }

    private @Nullable Component chart(Report.Section section) {
        List<Report.Row> rows = section.rows();
        return switch (section.grouping()) {
            case MONTH -> completionsOverTime(rows);
            case COURSE -> passRatePerCourse(rows);
            default -> null;
        };
    }

    private Component completionsOverTime(List<Report.Row> rows) {
        var shortMonth = DateTimeFormatter.ofPattern("MMM\u00a0yy", locale);
        var bars = rows.stream().map(r -> new BarChart.Bar(shortMonth.format(YearMonth.parse(r.key())),
                r.figures().completions(), formats.integer(r.figures().completions()))).toList();
        Report.Row most = rows.stream().max(Comparator.comparingLong(r -> r.figures().completions())).orElseThrow();
        String summary = most.figures().completions() == 0
                ? getTranslation("reports.chart.over-time-none", rows.getFirst().label(), rows.getLast().label())
                : getTranslation("reports.chart.over-time", rows.getFirst().label(), rows.getLast().label(),
                        most.label(), most.figures().completions());
        return figure(BarChart.columns(summary, bars));
    }

    private @Nullable Component passRatePerCourse(List<Report.Row> rows) {
        var rated = rows.stream().filter(r -> r.figures().passRate() != null).toList();
        if (rated.isEmpty()) {
            return null;
        }
        var bars = rated.stream().map(r -> new BarChart.Bar(r.label(), r.figures().passRate(),
                formats.percent(r.figures().passRate()))).toList();
        Report.Row best = rated.stream().max(Comparator.comparingDouble(r -> r.figures().passRate())).orElseThrow();
        String summary = getTranslation("reports.chart.pass-rate", rated.size(), best.label(),
                formats.percent(best.figures().passRate()));
        return figure(BarChart.rows(summary, bars, 1.0));
    }

    /**
     * The SVG goes inside a wrapper so that the browser parses it as markup: as the root of an {@link Html} its
     * attributes would be copied one by one and lose their case (viewBox), which SVG does not forgive.
     */
    private static Component figure(String svg) {
        var figure = new Html("<div>" + svg + "</div>");
        figure.addClassName("report-chart");
        return figure;
    }

    private Component table(Report.Section section, String headingId) {
        var table = new NativeTable();
        table.getElement().setAttribute("aria-labelledby", headingId);
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation(section.grouping().i18nKey()));
        for (String key : List.of("reports.enrolments", "reports.completions", "reports.quiz-attempts",
                "reports.pass-rate", "reports.hours")) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        head.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        for (Report.Row row : section.rows()) {
            NativeTableRow line = table.getBody().addRow();
            var name = line.addHeaderCell();
            name.setText(row.label());
            name.getElement().setAttribute("scope", "row");
            Figures figures = row.figures();
            for (String value : List.of(formats.integer(figures.enrolments()), formats.integer(figures.completions()),
                    formats.integer(figures.quizAttempts()), figures.passRate() == null ? "\u2013"
                            : formats.percent(figures.passRate()), formats.hours(figures))) {
                line.addDataCell().setText(value);
            }
        }
        table.addClassName("report-table");
        // A wide table scrolls on its own at 320 px; a region with a name, reachable by keyboard, so it can be scrolled.
        var scroll = new Div(table);
        scroll.addClassName("report-table-scroll");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-labelledby", headingId);
        scroll.getElement().setAttribute("tabindex", "0");
        return scroll;
    }
}
