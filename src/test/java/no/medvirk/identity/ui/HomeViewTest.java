package no.medvirk.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import no.medvirk.catalog.ui.CourseAdminView;
import no.medvirk.learning.ui.MyLearningView;
import no.medvirk.support.KaribuViewTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HomeViewTest extends KaribuViewTest {

    @ParameterizedTest
    @CsvSource({"deltaker, min-laering", "leder, mine-enheter", "kursadmin, kursadmin", "admin, admin"})
    void each_role_lands_on_its_own_home(String username, String home) {
        signInAs(username);

        UI.getCurrent().navigate("");

        assertThat(currentPath()).isEqualTo(home);
    }

    @org.junit.jupiter.api.Test
    void a_learner_home_has_a_friendly_empty_state_and_no_admin_content() {
        signInAs("deltaker");

        UI.getCurrent().navigate("");

        _assertOne(MyLearningView.class);
        _assertNone(CourseAdminView.class);
        _assertNone(PeopleView.class);
    }
}
