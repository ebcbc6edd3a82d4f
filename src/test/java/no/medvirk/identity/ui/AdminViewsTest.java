package no.medvirk.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.RouterLink;
import java.util.Set;
import no.medvirk.identity.OrganisationDetails;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.People;
import no.medvirk.identity.PersonDetails;
import no.medvirk.identity.Role;
import no.medvirk.identity.UnitDetails;
import no.medvirk.support.KaribuViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AdminViewsTest extends KaribuViewTest {

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @BeforeEach
    void signInAsAdmin() {
        signInAs("admin");
    }

    @Test
    void the_admin_home_counts_people_and_organisations() {
        UI.getCurrent().navigate("admin");

        _assertOne(AdminHomeView.class);
        String organisationsLink = "Organisasjoner (" + organisations.all().size() + ") og enheter ("
                + organisations.units().size() + ")";
        assertThat(_get(RouterLink.class, spec -> spec.withText(organisationsLink)).getHref())
                .isEqualTo("admin/organisasjoner");
        assertThat(_get(RouterLink.class, spec -> spec.withText("Personer (" + people.count() + ")")).getHref())
                .isEqualTo("admin/personer");
    }

    @Test
    void the_people_list_searches_by_name() {
        UI.getCurrent().navigate("admin/personer");

        setValue(_get(TextField.class, spec -> spec.withLabel("Søk")), "eksempel");

        @SuppressWarnings("unchecked")
        Grid<PersonDetails> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).fullName()).isEqualTo("Aud Eksempel");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_creates_a_person_through_the_dialog() {
        UI.getCurrent().navigate("admin/personer");
        _click(_get(Button.class, spec -> spec.withText("Ny person")));

        Dialog dialog = _get(Dialog.class);
        setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Fullt navn")), "Nora Ny");
        setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Brukernavn")), "nora");
        setValue(_get(dialog, EmailField.class), "nora@example.no");
        setValue(_get(dialog, PasswordField.class), "et langt passord");
        ComboBox<OrganisationDetails> organisation = _get(dialog, ComboBox.class,
                spec -> spec.withLabel("Organisasjon"));
        setValue(organisation, organisation.getListDataView().getItems()
                .filter(o -> o.name().equals("Fjordvik kommune")).findFirst().orElseThrow());
        setValue(_get(dialog, CheckboxGroup.class), Set.of(Role.LEARNER, Role.COURSE_ADMIN));
        _click(_get(dialog, Button.class, spec -> spec.withText("Lagre")));

        var nora = people.findByUsername("nora").orElseThrow();
        assertThat(nora.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.COURSE_ADMIN);
        assertThat(nora.organisationName()).isEqualTo("Fjordvik kommune");
    }

    @Test
    void a_taken_username_is_shown_on_the_field_and_the_dialog_stays_open() {
        UI.getCurrent().navigate("admin/personer");
        _click(_get(Button.class, spec -> spec.withText("Ny person")));
        Dialog dialog = _get(Dialog.class);
        setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Fullt navn")), "Dobbel Deltaker");
        TextField username = _get(dialog, TextField.class, spec -> spec.withLabel("Brukernavn"));
        setValue(username, "deltaker");
        setValue(_get(dialog, EmailField.class), "dobbel@example.no");
        setValue(_get(dialog, PasswordField.class), "et langt passord");
        @SuppressWarnings("unchecked")
        ComboBox<OrganisationDetails> organisation = _get(dialog, ComboBox.class,
                spec -> spec.withLabel("Organisasjon"));
        setValue(organisation, organisation.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(dialog, Button.class, spec -> spec.withText("Lagre")));

        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("Brukernavnet er i bruk. Velg et annet.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(people.findByUsername("dobbel@example.no")).isEmpty();
    }

    @Test
    void an_administrator_adds_an_organisation_and_a_unit_inside_it() {
        UI.getCurrent().navigate("admin/organisasjoner");
        _click(_get(Button.class, spec -> spec.withText("Ny organisasjon")));
        Dialog dialog = _get(Dialog.class);
        setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Navn")), "Helse Vest-Fjord HF");
        _click(_get(dialog, Button.class, spec -> spec.withText("Lagre")));

        @SuppressWarnings("unchecked")
        Grid<OrganisationDetails> grid = _get(Grid.class, spec -> spec.withPredicate(g -> !(g instanceof TreeGrid)));
        var created = organisations.all().stream().filter(o -> o.name().equals("Helse Vest-Fjord HF")).findFirst()
                .orElseThrow();
        grid.select(created);
        _click(_get(Button.class, spec -> spec.withText("Ny enhet")));
        Dialog unitDialog = _get(Dialog.class);
        setValue(_get(unitDialog, TextField.class, spec -> spec.withLabel("Navn på enheten")), "Klinikk psykisk helse");
        _click(_get(unitDialog, Button.class, spec -> spec.withText("Lagre")));

        assertThat(organisations.unitsOf(created.id())).extracting(UnitDetails::name)
                .containsExactly("Klinikk psykisk helse");
    }
}
