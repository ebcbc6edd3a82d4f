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
    void a_course_is_taken_out_of_the_catalogue_and_put_back() {
        signInAs("kursadmin");
        UI.getCurrent().navigate("kursadmin");
        var catalog = context.getBean(no.medvirk.catalog.CourseCatalog.class);
        java.util.function.Supplier<Boolean> listed = () -> catalog.search(
                no.medvirk.catalog.CatalogQuery.everything(java.util.Set.of())).stream()
                .anyMatch(c -> c.id().equals("eksempelkurs"));

        assertThat(actionOfFirstRow().getText()).isEqualTo("Avpubliser");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(actionOfFirstRow());
        assertThat(listed.get()).isFalse();

        assertThat(actionOfFirstRow().getText()).isEqualTo("Publiser");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(actionOfFirstRow());
        assertThat(listed.get()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static com.vaadin.flow.component.button.Button actionOfFirstRow() {
        com.vaadin.flow.component.grid.Grid<no.medvirk.catalog.CourseSummary> grid =
                _get(com.vaadin.flow.component.grid.Grid.class);
        int row = 0;
        while (!com.github.mvysny.kaributesting.v10.GridKt._get(grid, row).id().equals("eksempelkurs")) {
            row++;
        }
        return (com.vaadin.flow.component.button.Button) com.github.mvysny.kaributesting.v10.GridKt
                ._getCellComponent(grid, row, "actions");
    }

    @Test
    void shared_lessons_show_which_courses_use_them() {
        signInAs("kursadmin");

        UI.getCurrent().navigate("kursadmin");

        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.ListItem.class)
                .stream().map(com.vaadin.flow.component.html.ListItem::getText))
                .contains("shared/quizzes/grunnbegreper.yaml: brukes av eksempelkurs")
                .anySatisfy(item -> assertThat(item).startsWith("shared/lessons/tre-nivaer.md: brukes av eksempelkurs, ")
                        .contains("representant-rollen"));
    }

    @Test
    void a_leader_cannot_open_course_administration() {
        signInAs("leder");

        UI.getCurrent().navigate("kursadmin");

        _get(AccessDeniedView.class);
    }
}
