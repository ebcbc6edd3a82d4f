package no.medvirk.learning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouterLink;
import no.medvirk.identity.People;
import no.medvirk.learning.Enrolments;
import no.medvirk.shared.ui.AccessDeniedView;
import no.medvirk.support.KaribuViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlayerViewTest extends KaribuViewTest {

    @Autowired
    Enrolments enrolments;

    @Autowired
    People people;

    @Test
    void opening_a_lesson_records_it_and_the_progress_bar_moves() {
        signInAs("aud");

        UI.getCurrent().navigate("kurs/eksempelkurs/laer/1");

        assertThat(_get(H1.class).getText()).isNotBlank();
        var progress = _get(ProgressBar.class);
        assertThat(progress.getValue()).isPositive();
        var enrolment = enrolments.open(people.findByUsername("aud").orElseThrow().id(), "eksempelkurs").orElseThrow();
        assertThat(enrolments.progress(enrolment).done()).isPositive();
        assertThat(_find(RouterLink.class).stream().map(RouterLink::getText)).contains("Neste leksjon");
    }

    @Test
    void without_a_lesson_number_the_learner_goes_on_where_they_left_off() {
        signInAs("per");
        UI.getCurrent().navigate("kurs/eksempelkurs/laer/1");
        String first = _get(H1.class).getText();

        UI.getCurrent().navigate("kurs/eksempelkurs/laer");

        assertThat(_get(H1.class).getText()).isNotEqualTo(first);
    }

    @Test
    void a_course_administrator_who_is_no_learner_cannot_take_courses() {
        signInAs("kursadmin");

        UI.getCurrent().navigate("kurs/eksempelkurs/laer");

        _get(AccessDeniedView.class);
    }
}
