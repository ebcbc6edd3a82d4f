package no.medvirk.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Set;
import no.medvirk.identity.OrganisationDetails;
import no.medvirk.identity.OrganisationId;
import no.medvirk.identity.OrganisationKind;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.People;
import no.medvirk.identity.PersonForm;
import no.medvirk.identity.Role;
import no.medvirk.learning.Enrolments;
import no.medvirk.shared.Language;
import no.medvirk.shared.ui.AccessDeniedView;
import no.medvirk.support.KaribuViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReportsViewTest extends KaribuViewTest {

    @Autowired
    Organisations organisations;

    @Autowired
    People people;

    @Autowired
    Enrolments enrolments;

    @Test
    void a_course_administrator_opens_reports_from_the_menu() {
        signInAs("kursadmin");
        UI.getCurrent().navigate("");

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Rapporter");
        assertThat(_get(SideNavItem.class, spec -> spec.withLabel("Rapporter")).getPath()).isEqualTo("rapporter");

        UI.getCurrent().navigate("rapporter");

        assertThat(_get(H1.class).getText()).isEqualTo("Rapporter");
        _assertNone(AccessDeniedView.class);
        assertThat(_find(Anchor.class)).extracting(Anchor::getText).contains("Last ned som CSV",
                "Last ned som Excel (XLSX)");
    }

    @Test
    void an_administrator_may_open_reports_too() {
        signInAs("admin");

        UI.getCurrent().navigate("rapporter");

        assertThat(_get(H1.class).getText()).isEqualTo("Rapporter");
    }

    @Test
    void a_learner_cannot_open_reports() {
        signInAs("deltaker");

        UI.getCurrent().navigate("rapporter");

        _get(AccessDeniedView.class);
        _assertNone(ReportsView.class);
    }

    @Test
    void a_leader_cannot_open_reports() {
        signInAs("leder");

        UI.getCurrent().navigate("rapporter");

        _get(AccessDeniedView.class);
        _assertNone(ReportsView.class);
    }

    @Test
    void choosing_an_organisation_shows_its_figures_in_tables_and_charts_named_for_screen_readers() {
        OrganisationId organisation = organisationWithOneEnrolment();
        signInAs("kursadmin");
        UI.getCurrent().navigate("rapporter");

        setValue(organisationSelect(), details(organisation));

        assertThat(text(_get(DescriptionList.class))).contains("Påmeldinger", "1");
        assertThat(_find(H2.class)).extracting(H2::getText).contains("Per måned", "Per kurs", "Per organisasjon",
                "Per enhet", "Per målgruppe");
        NativeTable byOrganisation = table("report-organisation");
        assertThat(rows(byOrganisation)).singleElement().satisfies(row -> assertThat(row).startsWith(
                details(organisation).name() + "|1|0|0|"));
        List<Html> charts = _find(Html.class);
        assertThat(charts).hasSize(2);
        assertThat(charts.getFirst().getInnerHtml()).contains("role=\"img\"")
                .contains("aria-label=\"Stolpediagram over fullføringer per måned");
        // Viggo follows the representatives' level by default and has achieved nothing: 0 % on each item.
        assertThat(charts.getLast().getInnerHtml()).contains("aria-label=\"Stolpediagram over kompetansedekningen");
        NativeTable coverage = table("report-coverage");
        assertThat(rows(coverage)).isNotEmpty().allSatisfy(row -> assertThat(row).contains("|1|0|0").endsWith("%"));
        assertThat(rows(coverage)).anySatisfy(row -> assertThat(row).contains("|" + details(organisation).name() + "|"));
    }

    @Test
    void an_organisation_where_nothing_happened_shows_a_friendly_empty_state() {
        OrganisationId quiet = organisations.create("Stillevik " + System.nanoTime(), OrganisationKind.OTHER, false);
        signInAs("kursadmin");
        UI.getCurrent().navigate("rapporter");

        setValue(organisationSelect(), details(quiet));

        assertThat(_find(H2.class)).extracting(H2::getText).containsExactly("Ingen aktivitet i perioden");
        _assertNone(NativeTable.class);
    }

    @Test
    void a_period_that_ends_before_it_starts_is_pointed_out_and_the_report_stays() {
        signInAs("kursadmin");
        UI.getCurrent().navigate("rapporter");
        var pickers = _find(DatePicker.class);
        DatePicker from = pickers.getFirst();
        DatePicker to = pickers.getLast();
        int before = _find(H2.class).size();

        setValue(to, from.getValue().minusDays(1));

        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("Til-datoen må være samme dag som fra-datoen eller senere.");
        assertThat(_find(H2.class)).hasSize(before);
    }

    @Test
    void the_page_speaks_english_to_an_english_user() {
        signInAs("kursadmin");
        UI.getCurrent().setLocale(Language.EN.locale());

        UI.getCurrent().navigate("rapporter");

        assertThat(_get(H1.class).getText()).isEqualTo("Reports");
        assertThat(_find(Anchor.class)).extracting(Anchor::getText).contains("Download as CSV");
    }

    private OrganisationId organisationWithOneEnrolment() {
        OrganisationId organisation = organisations.create("Rapportby " + System.nanoTime(),
                OrganisationKind.MUNICIPALITY, false);
        String username = "rapportvis" + System.nanoTime();
        var person = people.create(new PersonForm(username, username + "@example.no", "Viggo Visning",
                "et langt passord", organisation, null, Language.NB, Set.of(Role.LEARNER), Set.of()));
        enrolments.start(person, "eksempelkurs");
        return organisation;
    }

    private OrganisationDetails details(OrganisationId id) {
        return organisations.all().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Select<OrganisationDetails> organisationSelect() {
        return _get(Select.class, spec -> spec.withLabel("Organisasjon"));
    }

    private static NativeTable table(String headingId) {
        return _find(NativeTable.class).stream()
                .filter(t -> headingId.equals(t.getElement().getAttribute("aria-labelledby"))).findFirst()
                .orElseThrow();
    }

    /** Each body row as its cells' texts joined by |. */
    private static List<String> rows(NativeTable table) {
        return table.getBody().getRows().stream().map(ReportsViewTest::text).toList();
    }

    private static String text(NativeTableRow row) {
        return String.join("|", row.getAllCells().stream().map(c -> c.getElement().getText()).toList());
    }

    private static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }
}
