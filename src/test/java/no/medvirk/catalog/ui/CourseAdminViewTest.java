package no.medvirk.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import no.medvirk.shared.ui.AccessDeniedView;
import no.medvirk.support.KaribuViewTest;
import org.junit.jupiter.api.Test;

class CourseAdminViewTest extends KaribuViewTest {

    @Test
    void a_course_administrator_lands_on_the_courses_they_manage() {
        signInAs("kursadmin");

        UI.getCurrent().navigate("kursadmin");

        assertThat(_get(H1.class).getText()).isEqualTo("Kurs");
        _assertNone(AccessDeniedView.class);
    }

    @Test
    void a_leader_cannot_open_course_administration() {
        signInAs("leder");

        UI.getCurrent().navigate("kursadmin");

        _get(AccessDeniedView.class);
    }
}
