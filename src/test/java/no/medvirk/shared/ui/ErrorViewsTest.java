package no.medvirk.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import no.medvirk.support.KaribuViewTest;
import org.junit.jupiter.api.Test;

/**
 * The not-found page is tested in the browser (SignInJourneyIT): under Karibu, Vaadin's access control sends an
 * unknown address to the login view even for a signed-in user, which a real request does not.
 */
class ErrorViewsTest extends KaribuViewTest {

    @Test
    void a_view_the_roles_do_not_allow_says_so_instead_of_pretending_it_does_not_exist() {
        signInAs("kursadmin");

        UI.getCurrent().navigate("admin/organisasjoner");

        _get(AccessDeniedView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Ingen tilgang");
    }
}
