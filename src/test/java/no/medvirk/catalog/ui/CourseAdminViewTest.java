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
    @SuppressWarnings("unchecked")
    void the_sample_course_is_listed_with_its_version() {
        signInAs("kursadmin");
        UI.getCurrent().navigate("kursadmin");

        com.vaadin.flow.component.grid.Grid<no.medvirk.catalog.CourseSummary> grid =
                _get(com.vaadin.flow.component.grid.Grid.class);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isPositive();
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, 0)).contains("1");
    }

    @Test
    void importing_again_reports_what_happened() {
        signInAs("kursadmin");
        UI.getCurrent().navigate("kursadmin");

        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withText("Last inn kursene på nytt fra courses/")));

        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications()).anyMatch(
                n -> String.valueOf(n.getElement().getProperty("text")).startsWith("Innlasting ferdig")
                        || n.getElement().toString().contains("Innlasting ferdig"));
    }

    @Test
    void a_leader_cannot_open_course_administration() {
        signInAs("leder");

        UI.getCurrent().navigate("kursadmin");

        _get(AccessDeniedView.class);
    }
}
