package no.medvirk.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import java.security.Principal;
import kotlin.jvm.functions.Function0;
import no.medvirk.shared.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Browserless view tests: the real Spring context and database, Vaadin mocked by Karibu. Karibu 2.6 has no Spring
 * Security bridge, so the fake request answers who is signed in from the SecurityContext, as Spring's filter would.
 */
@SpringBootTest
public abstract class KaribuViewTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("no.medvirk");

    @Autowired
    protected ApplicationContext context;

    @Autowired
    private UserDetailsService userDetailsService;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session) {
                @Override
                public Principal getUserPrincipal() {
                    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                    return authentication == null || authentication instanceof AnonymousAuthenticationToken
                            ? null : authentication;
                }
            };
            request.setUserInRole((principal, role) -> principal instanceof Authentication authentication
                    && authentication.getAuthorities().stream()
                            .anyMatch(granted -> ("ROLE_" + role).equals(granted.getAuthority())));
            return request;
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
        UI.getCurrent().setLocale(Language.NB.locale());
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in as a person in the database, with their real roles, as the login form would. */
    protected void signInAs(String username) {
        var user = userDetailsService.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /**
     * Sets a field's value as a user would, after checking they could. Karibu 2.6's own {@code _setValue} calls a
     * Vaadin internal that 25.2 no longer has.
     */
    protected static <V> void setValue(HasValue<?, V> field, V value) {
        var component = (com.vaadin.flow.component.Component) field;
        if (!component.isVisible() || !component.getElement().isEnabled() || field.isReadOnly()) {
            throw new AssertionError("The field cannot be edited: " + component);
        }
        field.setValue(value);
    }

    protected static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
