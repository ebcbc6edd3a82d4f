package no.medvirk.competence.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import java.nio.charset.StandardCharsets;
import no.medvirk.competence.CompetenceFrameworks;
import no.medvirk.competence.CompetenceProfiles;
import no.medvirk.competence.EvidenceKind;
import no.medvirk.competence.MatrixFilter;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.People;
import no.medvirk.identity.PersonId;
import no.medvirk.shared.ui.AccessDeniedView;
import no.medvirk.shared.ui.NotFoundView;
import no.medvirk.support.KaribuViewTest;
import no.medvirk.support.TestLearners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CompetenceOverviewViewTest extends KaribuViewTest {

    static final String BRUKERRAD = "Brukerrådet for psykisk helse og rus";

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    CompetenceProfiles profiles;

    @Autowired
    CompetenceFrameworks frameworks;

    @Test
    void a_leader_opens_the_overview_from_the_menu_and_sees_their_people_but_not_per() {
        signInAs("leder");
        UI.getCurrent().navigate("");

        assertThat(_get(SideNavItem.class, spec -> spec.withLabel("Kompetanseoversikt")).getPath())
                .isEqualTo("kompetanse/oversikt");

        UI.getCurrent().navigate("kompetanse/oversikt");

        assertThat(_get(H1.class).getText()).isEqualTo("Kompetanseoversikt");
        NativeTable table = _get(NativeTable.class);
        assertThat(table.getHead().getRows().getFirst().getHeaderCells())
                .allSatisfy(th -> assertThat(th.getElement().getAttribute("scope")).isEqualTo("col"));
        assertThat(_find(RouterLink.class)).extracting(RouterLink::getText).contains("Dina Deltaker", "Aud Eksempel")
                .doesNotContain("Per Prøve");
        String text = table.getElement().getTextRecursively();
        assertThat(text).doesNotContain("Per Prøve").contains("Ikke startet");
        var region = table.getParent().orElseThrow().getElement();
        assertThat(region.getAttribute("role")).isEqualTo("region");
        assertThat(region.getAttribute("tabindex")).isEqualTo("0");
        assertThat(region.getAttribute("aria-labelledby")).isEqualTo("matrix-heading");
    }

    @Test
    void the_exports_from_the_view_hold_the_leaders_people_and_not_per() {
        signInAs("leder");
        UI.getCurrent().navigate("kompetanse/oversikt");
        var view = _get(CompetenceOverviewView.class);

        String csv = new String(view.csv(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Dina Deltaker").doesNotContain("Per Prøve");
        assertThat(view.xlsx()).isNotEmpty();
    }

    @Test
    void the_status_filter_leaves_only_people_with_such_items() {
        signInAs("leder");
        UI.getCurrent().navigate("kompetanse/oversikt");

        @SuppressWarnings("unchecked")
        Select<MatrixFilter.Show> show = _get(Select.class, spec -> spec.withLabel("Vis personer med"));
        setValue(show, MatrixFilter.Show.EXPIRED);

        _assertNone(NativeTable.class);
        assertThat(_get(CompetenceOverviewView.class).getElement().getTextRecursively())
                .contains("Ingen personer passer med disse valgene.");
    }

    @Test
    void a_learner_cannot_open_the_overview_nor_a_drill_down() {
        signInAs("deltaker");

        UI.getCurrent().navigate("kompetanse/oversikt");
        _get(AccessDeniedView.class);
        _assertNone(CompetenceOverviewView.class);

        UI.getCurrent().navigate("kompetanse/oversikt/" + id("deltaker"));
        _assertNone(PersonCompetenceView.class);
    }

    @Test
    void a_person_outside_the_leaders_units_is_not_found_by_address_and_nothing_of_them_is_shown() {
        signInAs("leder");

        UI.getCurrent().navigate("kompetanse/oversikt/" + id("per"));

        _get(NotFoundView.class);
        _assertNone(PersonCompetenceView.class);
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Per Prøve");

        UI.getCurrent().navigate("kompetanse/oversikt/ikke-en-id");
        _get(NotFoundView.class);
    }

    @Test
    void the_leader_drills_down_and_confirms_an_item_only_with_a_comment() {
        PersonId learner = id(TestLearners.create(people, organisations, BRUKERRAD));
        String item = frameworks.framework(CompetenceProfiles.NATIONAL_ADVICE).orElseThrow().levels().getFirst()
                .items().getFirst().id();
        signInAs("leder");
        UI.getCurrent().navigate("kompetanse/oversikt/" + learner);

        assertThat(_get(H1.class).getText()).isEqualTo("Lene Lærer");
        Section section = _get(Section.class, spec -> spec.withId("item-" + item));
        assertThat(section.getElement().getTextRecursively()).contains("Ikke startet", "Ingen dokumentasjon ennå.");

        _click(_get(section, Button.class, spec -> spec.withText("Bekreft")));

        TextArea comment = _get(section, TextArea.class);
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("Skriv en kort kommentar om hva du har sett, før du bekrefter.");
        assertThat(profiles.evidence(learner, item)).isEmpty();

        setValue(comment, "Hun ledet møtet i brukerrådet.");
        _click(_get(section, Button.class, spec -> spec.withText("Bekreft")));

        assertThat(profiles.evidence(learner, item)).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(EvidenceKind.LEADER));
        Section after = _get(Section.class, spec -> spec.withId("item-" + item));
        assertThat(_find(after, ListItem.class)).extracting(li -> li.getElement().getTextRecursively())
                .singleElement().asString().contains("bekreftet av Lars Leder", "Hun ledet møtet i brukerrådet.");
    }

    private PersonId id(String username) {
        return people.findByUsername(username).orElseThrow().id();
    }
}
