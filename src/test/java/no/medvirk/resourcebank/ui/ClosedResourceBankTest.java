package no.medvirk.resourcebank.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import no.medvirk.identity.ui.LoginView;
import no.medvirk.support.KaribuViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** An installation that keeps the bank for signed-in users (medvirk.resourcebank.public=false). */
@TestPropertySource(properties = "medvirk.resourcebank.public=false")
class ClosedResourceBankTest extends KaribuViewTest {

    @Test
    void a_visitor_who_has_not_signed_in_is_sent_to_sign_in_from_the_bank_and_the_events() {
        UI.getCurrent().navigate("ressursbank");
        _get(LoginView.class);

        UI.getCurrent().navigate("arrangementer");
        _get(LoginView.class);
    }

    @Test
    void a_signed_in_user_reads_the_bank_as_before() {
        signInAs("deltaker");

        UI.getCurrent().navigate("ressursbank");

        assertThat(_find(LoginView.class)).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Ressursbank");
    }
}
