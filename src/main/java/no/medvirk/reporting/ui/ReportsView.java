package no.medvirk.reporting.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import no.medvirk.catalog.CourseSummary;
import no.medvirk.identity.OrganisationDetails;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.Role;
import no.medvirk.reporting.CourseReports;
import no.medvirk.reporting.Report;
import no.medvirk.reporting.ReportExport;
import no.medvirk.reporting.ReportFilter;
import no.medvirk.shared.Language;
import no.medvirk.shared.ui.Pages;

/**
 * "Rapporter" for course administrators and administrators: enrolments, completions, pass rates and time spent over
 * a period, by month, course, organisation, unit and audience, filtered by organisation and course; charts where a
 * picture says it faster, every number in a table, and the same as CSV or XLSX.
 */
@Route("rapporter")
@Menu(title = "menu.reports", order = 35, icon = "vaadin:chart")
@RolesAllowed({Role.Names.COURSE_ADMIN, Role.Names.ADMIN})
public class ReportsView extends Main implements HasDynamicTitle {

    private final CourseReports reports;
    private final DatePicker from;
    private final DatePicker to;
    private final Select<OrganisationDetails> organisation = new Select<>();
    private final Select<CourseSummary> course = new Select<>();
    private final Div content = new Div();
    private Report report;

    public ReportsView(CourseReports reports, Organisations organisations) {
        this.reports = reports;
        addClassName("page");
        Language language = Language.of(getLocale());
        ReportFilter initial = ReportFilter.lastTwelveMonths(reports.today());
        from = PeriodPicker.of(getTranslation("reports.from"), getLocale());
        to = PeriodPicker.of(getTranslation("reports.to"), getLocale());
        from.setValue(initial.from());
        to.setValue(initial.to());
        organisation.setLabel(getTranslation("reports.organisation"));
        organisation.setItems(organisations.all());
        organisation.setItemLabelGenerator(o -> o == null ? getTranslation("reports.all-organisations") : o.name());
        organisation.setEmptySelectionAllowed(true);
        organisation.setEmptySelectionCaption(getTranslation("reports.all-organisations"));
        course.setLabel(getTranslation("reports.course"));
        course.setItems(reports.courses());
        course.setItemLabelGenerator(c -> c == null ? getTranslation("reports.all-courses") : c.title().in(language));
        course.setEmptySelectionAllowed(true);
        course.setEmptySelectionCaption(getTranslation("reports.all-courses"));
        var filters = new FlexLayout(from, to, organisation, course);
        filters.addClassName("toolbar");
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        organisation.addValueChangeListener(e -> refresh());
        course.addValueChangeListener(e -> refresh());
        var downloads = new FlexLayout(download("reports.download-csv", this::csv, "csv", "text/csv"),
                download("reports.download-xlsx", this::xlsx, "xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        downloads.addClassName("report-downloads");
        add(new H1(getTranslation("reports.title")), new Paragraph(getTranslation("reports.intro")), filters,
                downloads, content);
        report = reports.report(initial, getLocale());
        show();
    }

    private void refresh() {
        if (from.getValue() == null || to.getValue() == null || from.isInvalid() || to.isInvalid()) {
            return;
        }
        if (to.getValue().isBefore(from.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("reports.period-reversed"));
            return;
        }
        to.setInvalid(false);
        var filter = new ReportFilter(from.getValue(), to.getValue(),
                organisation.getValue() == null ? null : organisation.getValue().id(),
                course.getValue() == null ? null : course.getValue().id());
        report = reports.report(filter, getLocale());
        show();
    }

    private void show() {
        content.removeAll();
        if (report.total().isEmpty()) {
            var icon = VaadinIcon.CHART.create();
            icon.getElement().setAttribute("aria-hidden", "true");
            var empty = new Div(icon, new H2(getTranslation("reports.empty-title")),
                    new Paragraph(getTranslation("reports.empty-text")));
            empty.addClassName("empty-state");
            content.add(empty);
            addCoverage();
            return;
        }
        var formats = new Formats(getLocale());
        var totals = new DescriptionList();
        totals.addClassName("report-totals");
        var figures = report.total();
        term(totals, "reports.enrolments", formats.integer(figures.enrolments()));
        term(totals, "reports.completions", formats.integer(figures.completions()));
        term(totals, "reports.pass-rate",
                figures.passRate() == null ? getTranslation("reports.no-quizzes") : formats.percent(figures.passRate()));
        term(totals, "reports.hours", formats.hours(figures));
        totals.getElement().setAttribute("aria-label", getTranslation("reports.total"));
        content.add(totals);
        report.sections().forEach(s -> content.add(new ReportSection(s, getLocale())));
        addCoverage();
    }

    /** The status today, so it is shown also when nothing happened in the period. */
    private void addCoverage() {
        if (!report.coverage().isEmpty()) {
            content.add(new CoverageSection(report.coverage(), getLocale()));
        }
    }

    private void term(DescriptionList list, String key, String value) {
        // A div may group a term with its description, so each pair stays together as the grid wraps.
        list.add(new Div(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value)));
    }

    private Anchor download(String textKey, Supplier<byte[]> content, String extension, String type) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(extension), type, bytes.length);
        }), getTranslation(textKey));
        link.addClassName("report-download");
        return link;
    }

    private String fileName(String extension) {
        return "medvirk-rapport-" + report.filter().from() + "-" + report.filter().to() + "." + extension;
    }

    private byte[] csv() {
        return ReportExport.csv(report, this::getTranslation);
    }

    private byte[] xlsx() {
        List<ReportExport.About> about = new ArrayList<>();
        about.add(new ReportExport.About(getTranslation("reports.from"), report.filter().from().toString()));
        about.add(new ReportExport.About(getTranslation("reports.to"), report.filter().to().toString()));
        about.add(new ReportExport.About(getTranslation("reports.organisation"),
                organisation.getItemLabelGenerator().apply(organisation.getValue())));
        about.add(new ReportExport.About(getTranslation("reports.course"),
                course.getItemLabelGenerator().apply(course.getValue())));
        return ReportExport.xlsx(report, this::getTranslation, about);
    }

    @Override
    public String getPageTitle() {
        return Pages.title(this, "reports.title");
    }
}
