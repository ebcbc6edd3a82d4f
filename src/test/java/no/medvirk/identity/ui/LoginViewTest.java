package no.medvirk.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import no.medvirk.support.KaribuViewTest;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuViewTest {

    @Test
    void the_form_speaks_bokmal_and_posts_to_spring_security() {
        UI.getCurrent().navigate("login");

        LoginForm form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(i18n(form)).contains("\"title\":\"Logg inn\"", "\"username\":\"Brukernavn eller e-post\"");
        assertThat(form.isError()).isFalse();
    }

    @Test
    void a_failed_sign_in_shows_the_error_message() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("\"message\":\"Brukernavnet eller passordet er feil");
    }

    /** What the browser gets: the texts are sent to the web component as its i18n property. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void representatives_without_an_account_are_shown_the_way_to_register() {
        UI.getCurrent().navigate("login");

        assertThat(_get(Anchor.class, spec -> spec.withClasses("register-link")).getHref()).isEqualTo("registrer");
    }
}
