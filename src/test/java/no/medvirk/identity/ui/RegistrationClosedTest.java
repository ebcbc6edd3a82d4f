package no.medvirk.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.People;
import no.medvirk.identity.Registration;
import no.medvirk.shared.Language;
import no.medvirk.support.KaribuViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "medvirk.registration.enabled=false")
class RegistrationClosedTest extends KaribuViewTest {

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Test
    void with_registration_switched_off_the_page_says_so_and_offers_no_form() {
        UI.getCurrent().navigate("registrer");

        assertThat(_get(Paragraph.class).getText()).startsWith("Registrering er ikke åpen her");
        _assertNone(Button.class, spec -> spec.withText("Registrer meg"));
        _assertNone(PasswordField.class);
    }

    @Test
    void with_registration_switched_off_the_login_page_does_not_point_to_it() {
        UI.getCurrent().navigate("login");

        _assertNone(Anchor.class);
    }

    @Test
    void with_registration_switched_off_nobody_can_register_through_the_service_either() {
        var open = organisations.openForRegistration().getFirst();

        assertThatThrownBy(() -> people.register(new Registration("Sigrid Sen", "sigrid@example.no",
                "et langt passord", open.id(), Language.NB))).hasMessage("registration.closed");
        assertThat(people.findByUsername("sigrid@example.no")).isEmpty();
    }
}
