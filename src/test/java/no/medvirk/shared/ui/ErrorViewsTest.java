package no.medvirk.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import no.medvirk.support.KaribuViewTest;
import org.junit.jupiter.api.Test;

class ErrorViewsTest extends KaribuViewTest {

    @Test
    void an_address_that_leads_nowhere_says_so_in_the_users_language_and_offers_the_way_home() {
        signInAs("deltaker");

        UI.getCurrent().navigate("finnes/ikke");

        _get(NotFoundView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Fant ikke siden");
        assertThat(_get(Anchor.class, spec -> spec.withText("Gå til startsiden")).getHref()).isEmpty();
    }

    @Test
    void a_view_the_roles_do_not_allow_says_so_instead_of_pretending_it_does_not_exist() {
        signInAs("kursadmin");

        UI.getCurrent().navigate("admin/organisasjoner");

        _get(AccessDeniedView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Ingen tilgang");
    }
}
