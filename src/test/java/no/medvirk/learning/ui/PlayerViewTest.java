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

    @Autowired
    no.medvirk.identity.Organisations organisations;

    @Autowired
    no.medvirk.xapi.LearningRecordStore lrs;

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
    void a_session_in_the_player_is_initialized_once_and_terminated_on_leaving() {
        String username = no.medvirk.support.TestLearners.create(people, organisations);
        signInAs(username);

        UI.getCurrent().navigate("kurs/eksempelkurs/laer/1");
        UI.getCurrent().navigate("kurs/eksempelkurs/laer/2");
        UI.getCurrent().navigate("min-laering");

        var enrolment = enrolments.open(people.findByUsername(username).orElseThrow().id(), "eksempelkurs")
                .orElseThrow();
        var verbs = lrs.query(new no.medvirk.xapi.StatementQuery(null, null, null, enrolment.id(), false, false, null,
                null, 0, true, null, null)).statements().stream()
                .map(st -> no.medvirk.xapi.XapiJson.text(st.path("verb"), "id")
                        .replace("http://adlnet.gov/expapi/verbs/", "")).toList();
        assertThat(verbs).containsExactly("launched", "initialized", "experienced", "progressed", "experienced",
                "progressed", "terminated");
    }

    @Test
    void a_course_administrator_who_is_no_learner_cannot_take_courses() {
        signInAs("kursadmin");

        UI.getCurrent().navigate("kurs/eksempelkurs/laer");

        _get(AccessDeniedView.class);
    }
}
