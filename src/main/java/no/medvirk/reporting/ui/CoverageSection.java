package no.medvirk.reporting.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.medvirk.reporting.Coverage;
import no.medvirk.reporting.chart.BarChart;

/**
 * Competence coverage per organisation: a bar per item (the share of those following its level who have it, over
 * all organisations in the report), and a table with every number, per item and per organisation, that is the
 * chart's text alternative.
 */
final class CoverageSection extends Section {

    static final String HEADING_ID = "report-coverage";

    CoverageSection(Coverage coverage, Locale locale) {
        var formats = new Formats(locale);
        addClassName("report-section");
        var heading = new H2(getTranslation("reports.coverage.title"));
        heading.setId(HEADING_ID);
        add(heading, new Paragraph(getTranslation("reports.coverage.intro")));
        var bars = coverage.items().stream().map(r -> new BarChart.Bar(r.item(), r.share(),
                formats.percent(r.share()))).toList();
        Coverage.Row lowest = coverage.items().stream().min(Comparator.comparingDouble(Coverage.Row::share))
                .orElseThrow();
        String summary = getTranslation("reports.chart.coverage", coverage.items().size(), lowest.item(),
                formats.percent(lowest.share()));
        var figure = new Html("<div>" + BarChart.rows(summary, bars, 1.0) + "</div>");
        figure.addClassName("report-chart");
        add(figure, table(coverage, formats));
    }

    private Div table(Coverage coverage, Formats formats) {
        var table = new NativeTable();
        table.getElement().setAttribute("aria-labelledby", HEADING_ID);
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("reports.coverage.item", "reports.coverage.organisation", "reports.coverage.level",
                "reports.coverage.following", "reports.coverage.achieved", "reports.coverage.share")) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        head.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        List<Coverage.Row> rows = new ArrayList<>(coverage.items());
        rows.addAll(coverage.byOrganisation());
        for (Coverage.Row row : rows) {
            NativeTableRow line = table.getBody().addRow();
            var name = line.addHeaderCell();
            name.setText(row.item());
            name.getElement().setAttribute("scope", "row");
            line.addDataCell().setText(row.organisation());
            line.addDataCell().setText(row.level());
            line.addDataCell().setText(formats.integer(row.following()));
            line.addDataCell().setText(formats.integer(row.achieved()));
            line.addDataCell().setText(formats.percent(row.share()));
        }
        table.addClassNames("report-table", "coverage-table");
        var scroll = new Div(table);
        scroll.addClassName("report-table-scroll");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-labelledby", HEADING_ID);
        scroll.getElement().setAttribute("tabindex", "0");
        return scroll;
    }
}
