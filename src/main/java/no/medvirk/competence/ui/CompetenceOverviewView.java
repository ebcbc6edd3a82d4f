package no.medvirk.competence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Supplier;
import no.medvirk.competence.CompetenceMatrix;
import no.medvirk.competence.CompetenceMatrixExport;
import no.medvirk.competence.CompetenceOverview;
import no.medvirk.competence.Item;
import no.medvirk.competence.MatrixFilter;
import no.medvirk.identity.PersonId;
import no.medvirk.identity.Role;
import no.medvirk.identity.UnitDetails;
import no.medvirk.shared.CurrentUser;
import no.medvirk.shared.Language;
import no.medvirk.shared.ui.Pages;

/**
 * "Kompetanseoversikt" for leaders: the people of the units they lead against the items of the levels they follow,
 * filtered by unit, level and status, a page of people at a time, each person a link to their items and evidence.
 * A real table (headers with scope) in a region that scrolls sideways on a narrow screen; the whole matrix as CSV or
 * XLSX.
 */
@Route("kompetanse/oversikt")
@Menu(title = "menu.competence-overview", order = 21, icon = "vaadin:table")
@RolesAllowed(Role.Names.LEADER)
public class CompetenceOverviewView extends Main implements HasDynamicTitle {

    static final int PAGE = 50;
    private static final String HEADING_ID = "matrix-heading";

    private final CompetenceOverview overview;
    private final PersonId leader;
    private final Clock clock;
    private final Language language;
    private final Select<UnitDetails> unit = new Select<>();
    private final Select<CompetenceMatrix.FollowedLevel> level = new Select<>();
    private final Select<MatrixFilter.Show> show = new Select<>();
    private final Div content = new Div();
    private CompetenceMatrix matrix;
    private int page;

    public CompetenceOverviewView(CompetenceOverview overview, CurrentUser currentUser, Clock clock) {
        this.overview = overview;
        this.leader = new PersonId(currentUser.requirePersonId());
        this.clock = clock;
        this.language = Language.of(getLocale());
        addClassName("page");
        matrix = overview.matrix(leader, MatrixFilter.ALL);
        unit.setLabel(getTranslation("competence-overview.filter.unit"));
        unit.setItems(matrix.units());
        unit.setItemLabelGenerator(u -> u == null ? getTranslation("competence-overview.all-units") : u.name());
        unit.setEmptySelectionAllowed(true);
        unit.setEmptySelectionCaption(getTranslation("competence-overview.all-units"));
        level.setLabel(getTranslation("competence-overview.filter.level"));
        level.setItems(matrix.levels());
        level.setItemLabelGenerator(l -> l == null ? getTranslation("competence-overview.followed-levels")
                : getTranslation("competence-overview.level-of", l.title().in(language),
                        l.frameworkTitle().in(language)));
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("competence-overview.followed-levels"));
        show.setLabel(getTranslation("competence-overview.filter.show"));
        show.setItems(MatrixFilter.Show.values());
        show.setItemLabelGenerator(s -> getTranslation(s == null ? "competence-overview.show.all" : s.i18nKey()));
        show.setEmptySelectionAllowed(true);
        show.setEmptySelectionCaption(getTranslation("competence-overview.show.all"));
        unit.addValueChangeListener(e -> refresh());
        level.addValueChangeListener(e -> refresh());
        show.addValueChangeListener(e -> refresh());
        var filters = new FlexLayout(unit, level, show);
        filters.addClassName("toolbar");
        var downloads = new FlexLayout(download("competence-overview.download-csv", this::csv, "csv", "text/csv"),
                download("competence-overview.download-xlsx", this::xlsx, "xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        downloads.addClassName("report-downloads");
        add(new H1(getTranslation("competence-overview.title")),
                new Paragraph(getTranslation("competence-overview.intro")), filters, downloads, content);
        show();
    }

    private void refresh() {
        matrix = overview.matrix(leader, new MatrixFilter(unit.getValue() == null ? null : unit.getValue().id(),
                level.getValue() == null ? null : level.getValue().ref(), show.getValue()));
        page = 0;
        show();
    }

    private void show() {
        content.removeAll();
        if (matrix.units().isEmpty()) {
            content.add(new Paragraph(getTranslation("competence-overview.no-units")));
            return;
        }
        var heading = new H2(getTranslation("competence-overview.matrix"));
        heading.setId(HEADING_ID);
        content.add(heading);
        if (matrix.rows().isEmpty()) {
            content.add(new Paragraph(getTranslation("competence-overview.no-people")));
            return;
        }
        var integers = NumberFormat.getIntegerInstance(getLocale());
        int first = page * PAGE;
        int last = Math.min(matrix.rows().size(), first + PAGE);
        var counts = new Paragraph(getTranslation("competence-overview.showing", integers.format(first + 1),
                integers.format(last), integers.format(matrix.rows().size()), integers.format(matrix.items().size())));
        counts.setId("matrix-counts");
        content.add(counts, table(first, last));
        if (matrix.rows().size() > PAGE) {
            content.add(pager(last));
        }
    }

    private Div table(int first, int last) {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(clock.getZone());
        var table = new NativeTable();
        table.addClassName("competence-matrix");
        table.setCaptionText(getTranslation("competence-overview.caption"));
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("competence-overview.person"));
        head.addHeaderCell().setText(getTranslation("competence-overview.unit"));
        for (Item item : matrix.items()) {
            head.addHeaderCell().setText(item.text().in(language));
        }
        head.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        for (CompetenceMatrix.Row row : matrix.rows().subList(first, last)) {
            NativeTableRow line = table.getBody().addRow();
            var name = line.addHeaderCell();
            name.getElement().setAttribute("scope", "row");
            name.add(new RouterLink(row.fullName(), PersonCompetenceView.class,
                    new RouteParameters(PersonCompetenceView.PERSON, row.person().toString())));
            line.addDataCell().setText(row.unit().name());
            for (Item item : matrix.items()) {
                line.addDataCell().add(StatusBadge.of(row, item, matrix, this::getTranslation, dates));
            }
        }
        // Wide on a narrow screen: a named region, reachable by keyboard, so that it can be scrolled sideways.
        var scroll = new Div(table);
        scroll.addClassName("report-table-scroll");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-labelledby", HEADING_ID);
        scroll.getElement().setAttribute("tabindex", "0");
        return scroll;
    }

    private FlexLayout pager(int last) {
        var previous = new Button(getTranslation("competence-overview.previous"), e -> {
            page--;
            show();
        });
        previous.setEnabled(page > 0);
        var next = new Button(getTranslation("competence-overview.next"), e -> {
            page++;
            show();
        });
        next.setEnabled(last < matrix.rows().size());
        var pager = new FlexLayout(previous, next);
        pager.addClassName("toolbar");
        pager.getElement().setAttribute("role", "navigation");
        pager.getElement().setAttribute("aria-label", getTranslation("competence-overview.pages"));
        return pager;
    }

    private Anchor download(String textKey, Supplier<byte[]> bytes, String extension, String type) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(content),
                    "medvirk-kompetanse-" + java.time.LocalDate.now(clock) + "." + extension, type, content.length);
        }), getTranslation(textKey));
        link.addClassName("report-download");
        return link;
    }

    byte[] csv() {
        return CompetenceMatrixExport.csv(matrix, this::getTranslation, language, clock.getZone());
    }

    byte[] xlsx() {
        return CompetenceMatrixExport.xlsx(matrix, this::getTranslation, language, clock.getZone());
    }

    @Override
    public String getPageTitle() {
        return Pages.title(this, "competence-overview.title");
    }
}
