package no.medvirk.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import no.medvirk.identity.OrganisationDetails;
import no.medvirk.identity.People;
import no.medvirk.identity.Role;
import no.medvirk.support.KaribuViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RegisterViewTest extends KaribuViewTest {

    @Autowired
    People people;

    @Test
    void a_representative_registers_and_becomes_a_learner() {
        UI.getCurrent().navigate("registrer");

        fill("Rolf Representant", "rolf@example.no", "et langt passord", "et langt passord");
        _click(_get(Button.class, spec -> spec.withText("Registrer meg")));

        assertThat(_get(H1.class).getText()).isEqualTo("Du er registrert");
        assertThat(people.findByUsername("rolf@example.no").orElseThrow().roles()).containsExactly(Role.LEARNER);
    }

    @Test
    void only_organisations_open_for_registration_are_offered() {
        UI.getCurrent().navigate("registrer");

        @SuppressWarnings("unchecked")
        ComboBox<OrganisationDetails> organisation = _get(ComboBox.class);
        assertThat(organisation.getListDataView().getItems().map(OrganisationDetails::name))
                .containsExactly("Brukerforeningen Vest");
    }

    @Test
    void different_passwords_are_pointed_out_and_nothing_is_stored() {
        UI.getCurrent().navigate("registrer");

        fill("Rut Representant", "rut@example.no", "et langt passord", "et annet passord");
        _click(_get(Button.class, spec -> spec.withText("Registrer meg")));

        PasswordField repeat = _get(PasswordField.class, spec -> spec.withLabel("Skriv passordet én gang til"));
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo("Passordene er ikke like.");
        assertThat(people.findByUsername("rut@example.no")).isEmpty();
    }

    @Test
    void an_email_address_already_registered_is_pointed_out_on_the_email_field() {
        UI.getCurrent().navigate("registrer");

        fill("Dina Igjen", "deltaker@demo.medvirk.no", "et langt passord", "et langt passord");
        _click(_get(Button.class, spec -> spec.withText("Registrer meg")));

        EmailField email = _get(EmailField.class);
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).startsWith("E-postadressen er allerede registrert");
    }

    @SuppressWarnings("unchecked")
    private void fill(String name, String email, String password, String repeat) {
        setValue(_get(TextField.class, spec -> spec.withLabel("Fullt navn")), name);
        setValue(_get(EmailField.class), email);
        setValue(_get(PasswordField.class, spec -> spec.withLabel("Velg passord")), password);
        setValue(_get(PasswordField.class, spec -> spec.withLabel("Skriv passordet én gang til")), repeat);
        ComboBox<OrganisationDetails> organisation = _get(ComboBox.class);
        setValue(organisation, organisation.getListDataView().getItems().findFirst().orElseThrow());
    }
}
