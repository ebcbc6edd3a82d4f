package no.medvirk.resourcebank.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import java.util.UUID;
import no.medvirk.identity.ui.LoginView;
import no.medvirk.resourcebank.Events;
import no.medvirk.support.KaribuViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** An installation that keeps the bank for signed-in users (medvirk.resourcebank.public=false). */
@TestPropertySource(properties = "medvirk.resourcebank.public=false")
class ClosedResourceBankTest extends KaribuViewTest {

    @Autowired
    Events events;

    @Autowired
    UserDetailsService users;

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

    @Test
    void a_calendar_app_without_credentials_gets_401_for_the_feed_and_for_an_event() throws Exception {
        UUID event = events.upcoming(null).getFirst().event().id();

        mvc().perform(get("/kalender/arrangementer.ics")).andExpect(status().isUnauthorized())
                .andExpect(content().string(""));
        mvc().perform(get("/kalender/arrangement/" + event + ".ics")).andExpect(status().isUnauthorized())
                .andExpect(content().string(""));
    }

    @Test
    void a_signed_in_user_gets_the_feed() throws Exception {
        mvc().perform(get("/kalender/arrangementer.ics").with(user(users.loadUserByUsername("deltaker"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("BEGIN:VCALENDAR")));
    }

    private MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();
    }
}
