package no.medvirk.identity.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.medvirk.identity.Role;
import no.medvirk.shared.CurrentUser;
import no.medvirk.shared.SignedInUser;

/**
 * {@code /} sends each person to the home of the role they most likely came to use: administrators to what they
 * manage, course administrators to the courses, leaders to their units, everyone else to their own learning.
 */
@Route("")
@PermitAll
public class HomeView extends Main implements BeforeEnterObserver {

    static final String ADMIN_HOME = "admin";
    static final String COURSE_ADMIN_HOME = "kursadmin";
    static final String LEADER_HOME = "mine-enheter";
    static final String LEARNER_HOME = "min-laering";

    private final CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(homeOf(currentUser.require()));
    }

    static String homeOf(SignedInUser user) {
        if (user.hasRole(Role.Names.ADMIN)) {
            return ADMIN_HOME;
        }
        if (user.hasRole(Role.Names.COURSE_ADMIN)) {
            return COURSE_ADMIN_HOME;
        }
        if (user.hasRole(Role.Names.LEADER)) {
            return LEADER_HOME;
        }
        return LEARNER_HOME;
    }
}
